import {
  type ComparisonCell,
  comparisonCell,
  type DatasetIndex,
  indicatorWave,
  type RankedCountry,
  rankCountries,
} from './derive';
import { surveyPanels } from './surveyPanels';
import { timePanels } from './timeSeries';
import { type ChartKind, rankedIndicator, type ViewState } from './view';
import { viewSourceLine, viewSubtitle, viewTitle } from './viewText';
import type { ReferenceRow, ShownIndicator, ViewModel } from './viewTypes';

export type { ReferenceRow, ShownIndicator, ViewModel } from './viewTypes';

/**
 * One view model per view (ARCHITECTURE.md §1): waves, survey averages, precision, conflicts and the
 * countries without data are resolved here, once. Every chart, the table, the CSV and the exports
 * read this object; nothing downstream looks the dataset up again.
 */

/** Which of the selected indicators a chart kind draws: ranking and map one, scatter two, others all. */
function chartIndicatorIds(chart: ChartKind, view: ViewState): string[] {
  const { indicators } = view;
  switch (chart) {
    case 'ranking':
    case 'map': {
      const ranked = rankedIndicator(view);
      return ranked ? [ranked] : [];
    }
    case 'scatter':
      return indicators.slice(0, 2);
    default:
      return [...indicators];
  }
}

/** The countries whose figures decide the latest wave: the selected ones, on every kind. Ranking and
 * map draw every country, but a wave that only one unselected country took part in (Commonwealth
 * Fund 2022: Switzerland) would hatch the map; with no country selected, every country counts. */
function waveCountries(index: DatasetIndex, view: ViewState): Iterable<string> {
  const drawsAll = view.chart === 'ranking' || view.chart === 'map';
  return drawsAll && view.countries.length === 0 ? index.countries.keys() : view.countries;
}

export function shownIndicator(index: DatasetIndex, id: string, view: ViewState): ShownIndicator | null {
  const indicator = index.indicators.get(id);
  const survey = indicator ? index.surveys.get(indicator.surveyId) : undefined;
  if (!indicator || !survey) return null;
  const wave = indicatorWave(index, id, view.time, waveCountries(index, view));
  const referenceCode = survey.reference;
  const referenceValue =
    referenceCode && wave !== null
      ? (index.figures.get(`${referenceCode}|${id}|${wave}`)?.value ?? null)
      : null;
  return {
    id,
    label: indicator.label,
    shortLabel: indicator.shortLabel,
    description: indicator.description,
    concept: indicator.concept,
    survey,
    wave,
    latestWave: index.waves.get(id)?.at(-1) ?? null,
    referenceCode,
    referenceName: referenceCode ? (index.countries.get(referenceCode)?.name ?? referenceCode) : null,
    referenceValue,
  };
}

function referenceRows(index: DatasetIndex, indicators: readonly ShownIndicator[]): ReferenceRow[] {
  const codes = [
    ...new Set(
      indicators.flatMap((i) => (i.referenceCode && i.referenceValue !== null ? [i.referenceCode] : [])),
    ),
  ];
  return codes.map((code) => ({ code, name: index.countries.get(code)?.name ?? code }));
}

/** A reference row shows only the indicators whose survey published that average. */
function rowCells(
  index: DatasetIndex,
  row: string,
  indicators: readonly ShownIndicator[],
  isReference: boolean,
): ComparisonCell[] {
  return indicators.flatMap((i) =>
    isReference && i.referenceCode !== row ? [] : [comparisonCell(index, row, i.id, i.wave)],
  );
}

export function buildViewModel(index: DatasetIndex, view: ViewState): ViewModel {
  const selected = view.indicators.flatMap((id) => {
    const shown = shownIndicator(index, id, view);
    return shown ? [shown] : [];
  });
  const countries = view.countries.filter((c) => !index.countries.get(c)?.aggregate);
  // All surveys draws every indicator of the selected indicators' concepts that has a figure; Over
  // time, the selected ones, a panel per concept.
  const surveys =
    view.chart === 'surveys' || view.chart === 'time'
      ? surveyPanels(
          index,
          selected.map((i) => i.id),
          countries,
          view.chart === 'time' ? 'selected' : 'concept',
        )
      : { panels: [], droppedConcepts: [] };
  const drawnIds = new Set(
    view.chart === 'surveys'
      ? surveys.panels.flatMap((p) => p.series.map((s) => s.indicator))
      : chartIndicatorIds(view.chart, view),
  );
  const indicators =
    view.chart === 'surveys'
      ? [...drawnIds].flatMap((id) => {
          const shown = shownIndicator(index, id, view);
          return shown ? [shown] : [];
        })
      : selected.filter((i) => drawnIds.has(i.id));
  const waves = [...new Set(selected.flatMap((i) => index.waves.get(i.id) ?? []))].sort((a, b) => a - b);
  const first = indicators[0];
  const ranked =
    (view.chart === 'ranking' || view.chart === 'map') && first
      ? rankCountries(index, first.id, countries, first.wave)
      : [];
  const panels = view.chart === 'time' ? timePanels(index, indicators, countries) : [];

  const references = view.chart === 'bars' || view.chart === 'table' ? referenceRows(index, indicators) : [];
  const countryCells = new Map(countries.map((c) => [c, rowCells(index, c, indicators, false)]));
  const hasValue = (c: string) =>
    view.chart === 'time'
      ? panels.some((p) => p.lines.some((l) => l.country === c && l.points.some((pt) => pt.value !== null)))
      : view.chart === 'surveys'
        ? surveys.panels.some((p) => p.rows.some((r) => r.code === c))
        : (countryCells.get(c) ?? []).some((cell) => cell.value !== null);
  const withData = countries.filter(hasValue);
  const noDataCodes =
    view.chart === 'ranking'
      ? ranked.filter((r) => r.value === null).map((r) => r.country)
      : view.chart === 'table' || view.chart === 'map'
        ? []
        : countries.filter((c) => !hasValue(c));
  const rows =
    view.chart === 'table'
      ? [...references.map((r) => r.code), ...countries]
      : [...references.map((r) => r.code), ...withData];
  const cells = rows.flatMap((row) =>
    references.some((r) => r.code === row)
      ? rowCells(index, row, indicators, true)
      : (countryCells.get(row) ?? rowCells(index, row, indicators, false)),
  );
  const dataCells =
    view.chart === 'ranking' || view.chart === 'map'
      ? ranked
      : view.chart === 'time'
        ? panels.flatMap((p) =>
            [...(p.reference ? [p.reference] : []), ...p.lines].flatMap((l) => l.points.map((pt) => pt.cell)),
          )
        : view.chart === 'surveys'
          ? // One cell per mark: the averages' rows first, then the countries, panel by panel.
            surveys.panels.flatMap((p) =>
              [...p.references, ...p.rows].flatMap((r) =>
                r.items.flatMap((item) => item.points.map((pt) => pt.cell)),
              ),
            )
          : [
              ...cells.filter((c) => references.some((r) => r.code === c.country)),
              ...countries.flatMap((c) => countryCells.get(c) ?? []),
            ];
  // Which publication prints a value shown, for which indicator: the values themselves (over time,
  // the averages' lines are among them), and the survey averages that bars, ranking, map, scatter
  // and table draw as references (the gap chart draws none).
  const uses = new Set<string>();
  const countryUses = new Set<string>();
  const drawnCountries = drawnCountriesOf(view.chart, countries, withData, cells, ranked);
  const drawnSet = new Set(drawnCountries);
  for (const c of dataCells) {
    if (c.value === null) continue;
    const drawn = drawnSet.has(c.country);
    for (const id of c.sourceIds) {
      uses.add(`${c.indicator}|${id}`);
      if (drawn && !index.countries.get(c.country)?.aggregate) countryUses.add(`${c.indicator}|${id}`);
    }
  }
  // (All surveys draws its averages as marks of their own rows: they are among the values.)
  if (view.chart !== 'gap' && view.chart !== 'time' && view.chart !== 'surveys') {
    for (const i of indicators) {
      if (!i.referenceCode || i.wave === null) continue;
      const reference = index.figures.get(`${i.referenceCode}|${i.id}|${i.wave}`);
      for (const id of reference?.sourceIds ?? []) uses.add(`${i.id}|${id}`);
    }
  }
  const rank = new Map(index.dataset.sources.map((s, i) => [s.id, i]));
  const sourceIds = [...new Set([...uses].map((u) => u.slice(u.indexOf('|') + 1)))].sort(
    (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0),
  );
  const bySurvey = new Map<string, { sourceIds: string[]; countrySourceIds: string[] }>();
  for (const id of sourceIds) {
    for (const i of indicators) {
      if (!uses.has(`${i.id}|${id}`)) continue;
      const entry = bySurvey.get(i.survey.id) ?? { sourceIds: [], countrySourceIds: [] };
      if (!entry.sourceIds.includes(id)) entry.sourceIds.push(id);
      if (countryUses.has(`${i.id}|${id}`) && !entry.countrySourceIds.includes(id))
        entry.countrySourceIds.push(id);
      bySurvey.set(i.survey.id, entry);
    }
  }
  const highlight =
    view.profile && index.countries.has(view.profile) && !index.countries.get(view.profile)?.aggregate
      ? view.profile
      : null;
  const highlightDrawn =
    highlight !== null &&
    (view.chart === 'ranking' || view.chart === 'map'
      ? ranked.some((r) => r.country === highlight && r.value !== null)
      : drawnCountries.includes(highlight));
  const askedYear = view.time === 'latest' ? null : view.time;
  const shownWaves = new Set(indicators.map((i) => i.wave));
  const mixedYears =
    view.chart !== 'time' &&
    view.chart !== 'surveys' &&
    (shownWaves.size > 1 ||
      new Set(indicators.map((i) => i.survey.id)).size > 1 ||
      (askedYear !== null && indicators.some((i) => i.wave !== askedYear)));
  const model: Omit<ViewModel, 'title' | 'subtitle' | 'sourceLine'> = {
    view,
    indicators,
    countries,
    references,
    rows,
    cells,
    dataCells,
    noData: noDataCodes.map((code) => ({ code, name: index.countries.get(code)?.name ?? code })),
    ranked,
    panels,
    surveyPanels: surveys.panels,
    surveys: index.dataset.surveys,
    droppedConcepts: surveys.droppedConcepts,
    waves,
    mixedYears,
    sourceIds,
    sourcesBySurvey: [...bySurvey].map(([surveyId, ids]) => ({ surveyId, ...ids })),
    withoutReference: indicators.filter((i) => i.referenceValue === null),
    highlight,
    highlightMissing:
      highlight !== null && !highlightDrawn && indicators.length > 0
        ? (index.countries.get(highlight)?.name ?? highlight)
        : null,
    drawnCountries,
  };
  return {
    ...model,
    title: viewTitle(index, model),
    subtitle: viewSubtitle(model),
    sourceLine: viewSourceLine(index, model),
  };
}

/** The countries a chart draws a figure for: scatter needs both values, the table shows a row for each
 * selected country but a figure only where it has one, ranking and map every country with a value. */
function drawnCountriesOf(
  chart: ChartKind,
  countries: readonly string[],
  withData: readonly string[],
  cells: readonly ComparisonCell[],
  ranked: readonly RankedCountry[],
): string[] {
  if (chart === 'ranking' || chart === 'map')
    return ranked.filter((r) => r.value !== null).map((r) => r.country);
  if (chart === 'scatter') {
    return withData.filter((c) => {
      const own = cells.filter((cell) => cell.country === c);
      return own.length === 2 && own.every((cell) => cell.value !== null);
    });
  }
  return countries.filter((c) => withData.includes(c));
}

/** Whether two values are the same, or plain objects (or arrays) whose own fields are the same values. */
function shallowSame(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether two lists hold the same items (each the same value, or a plain object with the same fields). */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => shallowSame(x, b[i])));
}

const SHARED_LISTS = [
  'indicators',
  'countries',
  'references',
  'rows',
  'cells',
  'dataCells',
  'noData',
  'ranked',
  'panels',
  'surveyPanels',
  'droppedConcepts',
  'waves',
  'sourceIds',
  'sourcesBySurvey',
  'withoutReference',
  'drawnCountries',
] as const satisfies readonly (keyof ViewModel)[];

/**
 * `next` with each list that holds the same items as in `previous` replaced by `previous`'s list, so
 * what a chart memoises on its model's lists (layouts, scales, marks) stays valid when a change
 * leaves them as they were: a country without data toggled, a profile opened. Cells are resolved
 * once per index (derive.ts), so equal cells are the same objects.
 */
export function shareUnchanged(previous: ViewModel | null, next: ViewModel): ViewModel {
  if (!previous || previous === next) return next;
  const shared: ViewModel = { ...next };
  const share = <K extends (typeof SHARED_LISTS)[number]>(key: K) => {
    if (sameItems(previous[key], next[key])) shared[key] = previous[key];
  };
  for (const key of SHARED_LISTS) share(key);
  return shared;
}
