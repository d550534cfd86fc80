import type { ChartKind, ViewState } from '../state/view';
import {
  type ComparisonCell,
  comparisonCell,
  type DatasetIndex,
  indicatorWave,
  type RankedCountry,
  rankCountries,
} from './derive';
import type { Survey } from './schema';
import { type DroppedConcept, type SurveyPanel, surveyPanels } from './surveyPanels';
import { type TimePanel, timePanels } from './timeSeries';
import { viewSourceLine, viewSubtitle, viewTitle } from './viewText';

/**
 * One view model per view (ARCHITECTURE.md §1): waves, survey averages, precision, conflicts and the
 * countries without data are resolved here, once. Every chart, the table, the CSV and the exports
 * read this object; nothing downstream looks the dataset up again.
 */

export interface ShownIndicator {
  id: string;
  label: string;
  shortLabel: string;
  description: string;
  concept: string;
  survey: Survey;
  /** The wave shown: the asked year when the indicator has it, else its latest wave; null without data. */
  wave: number | null;
  /** The average the survey published ("EU27", "EU15" …), or null when it published none. */
  referenceCode: string | null;
  /** "EU27 average" */
  referenceName: string | null;
  /** The average in the wave shown, when published. */
  referenceValue: number | null;
}

export interface ReferenceRow {
  code: string;
  name: string;
}

export interface ViewModel {
  view: ViewState;
  /** The indicators this chart kind draws (ranking and map one, scatter two, the others all). */
  indicators: ShownIndicator[];
  /** Selected countries (no averages), in the user's order. */
  countries: string[];
  /** The averages drawn as reference rows (bars, table): one per survey average among the indicators. */
  references: ReferenceRow[];
  /** The countries the chart draws: averages first where drawn, then countries with data. */
  rows: string[];
  /** rows × indicators, row-major: what the chart, the table and the CSV show. */
  cells: ComparisonCell[];
  /** Every cell behind the chart, no-data cells included: what the CSV and the data package hold
   * (ranking and map: every country; over time: every wave, averages included). */
  dataCells: ComparisonCell[];
  /** Selected countries (every country for ranking) with no value for any indicator shown. */
  noData: { code: string; name: string }[];
  /** Ranking and map: every country on the first indicator. */
  ranked: RankedCountry[];
  /** Over time: one panel per indicator. */
  panels: TimePanel[];
  /** All surveys: one panel per concept of the selected indicators (src/data/surveyPanels.ts). */
  surveyPanels: SurveyPanel[];
  /** All surveys: concepts of selected indicators that the dataset does not know (said in a note). */
  droppedConcepts: DroppedConcept[];
  /** The waves the selected indicators offer (year picker). */
  waves: number[];
  /** Indicators shown at another year than the one asked for, or from different years. */
  mixedYears: boolean;
  title: string;
  subtitle: string;
  /** Short source line: the survey first, then the publications. */
  sourceLine: string;
  /** Every publication behind a value shown (cells and averages), in precedence order. */
  sourceIds: string[];
  /** The same publications grouped by survey, surveys in the order their first publication comes. */
  sourcesBySurvey: { surveyId: string; sourceIds: string[] }[];
  /** Gap chart: indicators whose survey published no average, said in words. */
  withoutReference: ShownIndicator[];
}

/** Which of the selected indicators a chart kind draws: ranking and map one, scatter two, others all. */
function chartIndicatorIds(chart: ChartKind, indicators: readonly string[]): string[] {
  switch (chart) {
    case 'ranking':
    case 'map':
      return indicators.slice(0, 1);
    case 'scatter':
      return indicators.slice(0, 2);
    default:
      return [...indicators];
  }
}

export function shownIndicator(index: DatasetIndex, id: string, view: ViewState): ShownIndicator | null {
  const indicator = index.indicators.get(id);
  const survey = indicator ? index.surveys.get(indicator.surveyId) : undefined;
  if (!indicator || !survey) return null;
  const wave = indicatorWave(index, id, view.time);
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
  // All surveys draws every indicator of the selected indicators' concepts that has a figure.
  const surveys =
    view.chart === 'surveys'
      ? surveyPanels(
          index,
          selected.map((i) => i.id),
          countries,
        )
      : { panels: [], droppedConcepts: [] };
  const drawnIds = new Set(
    view.chart === 'surveys'
      ? surveys.panels.flatMap((p) => p.series.map((s) => s.indicator))
      : chartIndicatorIds(view.chart, view.indicators),
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
  for (const c of dataCells) {
    if (c.value !== null) for (const id of c.sourceIds) uses.add(`${c.indicator}|${id}`);
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
  const bySurvey = new Map<string, string[]>();
  for (const id of sourceIds) {
    for (const i of indicators) {
      if (!uses.has(`${i.id}|${id}`)) continue;
      const list = bySurvey.get(i.survey.id) ?? [];
      if (!list.includes(id)) list.push(id);
      bySurvey.set(i.survey.id, list);
    }
  }
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
    droppedConcepts: surveys.droppedConcepts,
    waves,
    mixedYears,
    sourceIds,
    sourcesBySurvey: [...bySurvey].map(([surveyId, ids]) => ({ surveyId, sourceIds: ids })),
    withoutReference: indicators.filter((i) => i.referenceValue === null),
  };
  return {
    ...model,
    title: viewTitle(index, model),
    subtitle: viewSubtitle(model),
    sourceLine: viewSourceLine(index, model),
  };
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
