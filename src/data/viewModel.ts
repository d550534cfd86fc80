import { CHART_KIND } from './chartRegistry';
import { type ComparisonCell, comparisonCell, type DatasetIndex, indicatorWave } from './derive';
import type { ViewState } from './view';
import { type CountryCells, type Drawn, drawShape, SHAPES } from './viewShapes';
import { viewSourceLine, viewSubtitle, viewTitle } from './viewText';
import type { ReferenceRow, ShownIndicator, ViewModel } from './viewTypes';

export { sameItems, shareUnchanged } from './shareUnchanged';
export type { ReferenceRow, ShownIndicator, ViewModel } from './viewTypes';

/**
 * One view model per view (docs/ARCHITECTURE.md §1): waves, survey averages, precision, conflicts and the
 * countries without data are resolved here, once. Every chart, the table, the CSV and the exports
 * read this object; nothing downstream looks the dataset up again.
 */

/** The countries whose figures decide the latest wave: the selected ones, on every kind. Ranking and
 * map draw every country, but a wave that only one unselected country took part in (Commonwealth
 * Fund 2022: Switzerland) would hatch the map; with no country selected, every country counts. */
function waveCountries(index: DatasetIndex, view: ViewState): Iterable<string> {
  const drawsAll = CHART_KIND[view.chart].shape === 'ranked';
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

/**
 * Which publication prints a value shown, for which indicator: the values themselves (over time,
 * the averages' lines are among them), and the survey averages that a kind draws as references
 * (its registry entry's `drawsReferences`). Sources in the dataset's order, and per survey, those that print the
 * drawn countries' values first.
 */
function viewSources(
  index: DatasetIndex,
  view: ViewState,
  indicators: readonly ShownIndicator[],
  dataCells: readonly ComparisonCell[],
  drawnCountries: readonly string[],
): Pick<ViewModel, 'sourceIds' | 'sourcesBySurvey'> {
  const uses = new Set<string>();
  const countryUses = new Set<string>();
  const drawnSet = new Set(drawnCountries);
  for (const c of dataCells) {
    if (c.value === null) continue;
    const drawn = drawnSet.has(c.country);
    for (const id of c.sourceIds) {
      uses.add(`${c.indicator}|${id}`);
      if (drawn && !index.countries.get(c.country)?.aggregate) countryUses.add(`${c.indicator}|${id}`);
    }
  }
  if (CHART_KIND[view.chart].drawsReferences) {
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
  return { sourceIds, sourcesBySurvey: [...bySurvey].map(([surveyId, ids]) => ({ surveyId, ...ids })) };
}

/** Which selected countries a note names as without data (registry `noDataNote`). */
function noDataCodes(
  view: ViewState,
  drawn: Drawn,
  countries: readonly string[],
  withData: readonly string[],
) {
  switch (CHART_KIND[view.chart].noDataNote) {
    case 'every':
      return drawn.ranked.filter((r) => r.value === null).map((r) => r.country);
    case 'none':
      return [];
    case 'selected':
      return countries.filter((c) => !withData.includes(c));
  }
}

export function buildViewModel(index: DatasetIndex, view: ViewState): ViewModel {
  const kind = CHART_KIND[view.chart];
  const shape = SHAPES[kind.shape];
  const shown = (id: string) => shownIndicator(index, id, view);
  const selected = view.indicators.flatMap((id) => {
    const s = shown(id);
    return s ? [s] : [];
  });
  const countries = view.countries.filter((c) => !index.countries.get(c)?.aggregate);
  const drawn = drawShape(shape, { index, view, selected, countries, shown });
  const { indicators, ranked } = drawn;
  const waves = [...new Set(selected.flatMap((i) => index.waves.get(i.id) ?? []))].sort((a, b) => a - b);

  const references = kind.referenceRows ? referenceRows(index, indicators) : [];
  const cells: CountryCells = {
    byCountry: new Map(countries.map((c) => [c, rowCells(index, c, indicators, false)])),
    references: references.flatMap((r) => rowCells(index, r.code, indicators, true)),
  };
  const dataCells = shape.dataCells(drawn, cells, countries);
  const valued = new Set(dataCells.flatMap((c) => (c.value === null ? [] : [c.country])));
  const withData = countries.filter((c) => valued.has(c));
  const rows = [...references.map((r) => r.code), ...(kind.rowsWithoutData ? countries : withData)];
  const rowCellsShown = [...cells.references, ...rows.flatMap((row) => cells.byCountry.get(row) ?? [])];
  const drawnCountries = shape.drawnCountries(drawn, withData, cells);
  const highlight =
    view.profile && index.countries.has(view.profile) && !index.countries.get(view.profile)?.aggregate
      ? view.profile
      : null;
  const askedYear = view.time === 'latest' ? null : view.time;
  const shownWaves = new Set(indicators.map((i) => i.wave));
  const mixedYears =
    !kind.everyWave &&
    (shownWaves.size > 1 ||
      new Set(indicators.map((i) => i.survey.id)).size > 1 ||
      (askedYear !== null && indicators.some((i) => i.wave !== askedYear)));
  const model: Omit<ViewModel, 'title' | 'subtitle' | 'sourceLine'> = {
    view,
    kind,
    indicators,
    countries,
    references,
    rows,
    cells: rowCellsShown,
    dataCells,
    noData: noDataCodes(view, drawn, countries, withData).map((code) => ({
      code,
      name: index.countries.get(code)?.name ?? code,
    })),
    ranked,
    panels: drawn.panels,
    surveyPanels: drawn.surveys.panels,
    droppedConcepts: drawn.surveys.droppedConcepts,
    surveys: index.dataset.surveys,
    waves,
    mixedYears,
    ...viewSources(index, view, indicators, dataCells, drawnCountries),
    withoutReference: indicators.filter((i) => i.referenceValue === null),
    highlight,
    highlightMissing:
      highlight !== null && !drawnCountries.includes(highlight) && indicators.length > 0
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
