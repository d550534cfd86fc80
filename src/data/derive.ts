import { type FigureConflict, type ResolvedFigure, resolveFigure } from './resolveFigure';
import type { Concept, Country, Dataset, Fit, Indicator, Observation, Source, Survey } from './schema';

/**
 * Pure selectors over the dataset. The index resolves every country × indicator × wave once
 * (precedence, precision, conflicts: resolveFigure) so nothing downstream reads raw observations.
 */

/** A resolved figure with its place: what a cell, a tooltip or an export reads. */
export interface Figure extends ResolvedFigure {
  country: string;
  indicator: string;
  year: number;
}

export interface DatasetIndex {
  dataset: Dataset;
  countries: Map<string, Country>;
  indicators: Map<string, Indicator>;
  sources: Map<string, Source>;
  surveys: Map<string, Survey>;
  concepts: Map<string, Concept>;
  /** `country|indicator|year` → the figure of that wave. */
  figures: Map<string, Figure>;
  /** `country|indicator` → its figures, oldest wave first. */
  series: Map<string, Figure[]>;
  /** `country|indicator` → the latest figure with a value (or the latest "no data" row). */
  observations: Map<string, Figure>;
  /** indicator → the waves in which any country has a value, ascending. */
  waves: Map<string, number[]>;
}

const key = (country: string, indicator: string) => `${country}|${indicator}`;
const figureKey = (country: string, indicator: string, year: number) => `${country}|${indicator}|${year}`;

export function indexDataset(dataset: Dataset): DatasetIndex {
  const steps = indexSteps(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Rows `indexSteps` handles between two of its pauses. */
const ROWS_PER_STEP = 1000;

/**
 * The index, built in steps: the generator pauses after every `ROWS_PER_STEP` rows, so a caller can
 * spread a large dataset (a 50,000-row import: half a second at 4× CPU) over several tasks
 * (src/data/indexInSlices.ts). `indexDataset` runs it in one go.
 */
export function* indexSteps(dataset: Dataset): Generator<void, DatasetIndex> {
  const sourceRank = new Map(dataset.sources.map((s, i) => [s.id, i]));
  const rank = (id: string) => sourceRank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const rows = new Map<string, Observation[]>();
  // Rows handled so far: the generator pauses each time this passes a multiple of ROWS_PER_STEP.
  let n = 0;
  for (const o of dataset.observations) {
    const k = figureKey(o.country, o.indicator, o.year);
    const list = rows.get(k);
    if (list) list.push(o);
    else rows.set(k, [o]);
    if (++n % ROWS_PER_STEP === 0) yield;
  }
  const figures = new Map<string, Figure>();
  const series = new Map<string, Figure[]>();
  const waveSets = new Map<string, Set<number>>();
  for (const [k, list] of rows) {
    const resolved = resolveFigure(list, rank);
    const first = list[0];
    if (++n % ROWS_PER_STEP === 0) yield;
    if (!resolved || !first) continue;
    const figure: Figure = {
      ...resolved,
      country: first.country,
      indicator: first.indicator,
      year: first.year,
    };
    figures.set(k, figure);
    const sk = key(figure.country, figure.indicator);
    const s = series.get(sk);
    if (s) s.push(figure);
    else series.set(sk, [figure]);
    if (figure.value !== null) {
      const w = waveSets.get(figure.indicator) ?? new Set<number>();
      w.add(figure.year);
      waveSets.set(figure.indicator, w);
    }
  }
  const observations = new Map<string, Figure>();
  for (const [sk, list] of series) {
    list.sort((a, b) => a.year - b.year);
    const latest = [...list].reverse().find((f) => f.value !== null) ?? list.at(-1);
    if (latest) observations.set(sk, latest);
    if (++n % ROWS_PER_STEP === 0) yield;
  }
  return {
    dataset,
    countries: new Map(dataset.countries.map((c) => [c.code, c])),
    indicators: new Map(dataset.indicators.map((i) => [i.id, i])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    surveys: new Map(dataset.surveys.map((s) => [s.id, s])),
    concepts: new Map(dataset.concepts.map((c) => [c.id, c])),
    figures,
    series,
    observations,
    waves: new Map([...waveSets].map(([id, w]) => [id, [...w].sort((a, b) => a - b)])),
  };
}

/** The survey an indicator belongs to. */
export function surveyOf(index: DatasetIndex, indicator: string): Survey | undefined {
  const surveyId = index.indicators.get(indicator)?.surveyId;
  return surveyId ? index.surveys.get(surveyId) : undefined;
}

/** The time a view asks for: one survey year, or each indicator at its latest wave. */
export type TimeSelection = number | 'latest';

/**
 * The latest wave in which one of `countries` has a value for the indicator; null when none has.
 * Survey averages (EU27 …) never count: a wave with only the average and none of the countries is
 * not theirs.
 */
export function latestWaveWithValue(
  index: DatasetIndex,
  indicator: string,
  countries: Iterable<string>,
): number | null {
  let latest: number | null = null;
  for (const country of countries) {
    if (index.countries.get(country)?.aggregate) continue;
    for (const f of index.series.get(key(country, indicator)) ?? []) {
      if (f.value !== null && (latest === null || f.year > latest)) latest = f.year;
    }
  }
  return latest;
}

/**
 * The wave an indicator shows: the asked year when it has values then; else its latest wave with a
 * value for one of `countries` (the countries the chart draws), so "latest" never picks a wave none
 * of them took part in; else (none of them has any, or no countries given) its latest wave with
 * values; null when it has none at all. A wave is never borrowed from another indicator.
 */
export function indicatorWave(
  index: DatasetIndex,
  indicator: string,
  time: TimeSelection,
  countries?: Iterable<string>,
): number | null {
  const waves = index.waves.get(indicator) ?? [];
  if (time !== 'latest' && waves.includes(time)) return time;
  const theirs = countries ? latestWaveWithValue(index, indicator, countries) : null;
  return theirs ?? waves.at(-1) ?? null;
}

export interface OtherWave {
  year: number;
  value: number;
}

export interface ComparisonCell {
  country: string;
  countryName: string;
  indicator: string;
  indicatorLabel: string;
  value: number | null;
  /** The wave of the figure (or of the "no data"); null when the indicator has no wave with data. */
  year: number | null;
  /** The publication whose figure is shown. */
  sourceId: string | null;
  /** Every publication of the same survey that prints this figure. */
  sourceIds: string[];
  where: string | null;
  note: string | null;
  /** How the shown publication's wording fits the indicator's definition (absent: not assessed). */
  fit?: Fit;
  /** Publications of the same survey that print a different figure. */
  conflicts: FigureConflict[];
  /** The average the indicator's survey published (EU27, EU15 …), or null when it published none. */
  referenceCode: string | null;
  /** That average in the same wave, when published. */
  referenceValue: number | null;
  /** value − the survey's average, in percentage points, rounded to 0.1; null when either is missing. */
  gap: number | null;
  /** When this wave has no value: the values this country has in other waves of the survey. */
  otherWaves: OtherWave[];
}

export const roundTenth = (x: number) => Math.round(x * 10) / 10;

export function gapToReference(value: number | null, referenceValue: number | null): number | null {
  return value === null || referenceValue === null ? null : roundTenth(value - referenceValue);
}

/** Cells resolved so far, per index: every view model (each chart kind, each selection) asks for the
 * same country × indicator × wave cells again; the profile showed them rebuilt on every interaction. */
const cellCache = new WeakMap<DatasetIndex, Map<string, ComparisonCell>>();

/**
 * The cell of one country and indicator in one wave (default: the indicator's latest wave). Resolved
 * once per index and shared: callers must not change it (spread it to add fields).
 */
export function comparisonCell(
  index: DatasetIndex,
  country: string,
  indicator: string,
  wave: number | null = indicatorWave(index, indicator, 'latest'),
): ComparisonCell {
  let cells = cellCache.get(index);
  if (!cells) {
    cells = new Map();
    cellCache.set(index, cells);
  }
  const k = `${country}|${indicator}|${wave}`;
  const cached = cells.get(k);
  if (cached) return cached;
  const cell = resolveCell(index, country, indicator, wave);
  cells.set(k, cell);
  return cell;
}

function resolveCell(
  index: DatasetIndex,
  country: string,
  indicator: string,
  wave: number | null,
): ComparisonCell {
  const figure = wave === null ? undefined : index.figures.get(figureKey(country, indicator, wave));
  const referenceCode = surveyOf(index, indicator)?.reference ?? null;
  const reference =
    referenceCode === null || wave === null
      ? undefined
      : index.figures.get(figureKey(referenceCode, indicator, wave));
  const value = figure?.value ?? null;
  const referenceValue = reference?.value ?? null;
  const otherWaves =
    value === null
      ? (index.series.get(key(country, indicator)) ?? []).flatMap((f) =>
          f.value !== null && f.year !== wave ? [{ year: f.year, value: f.value }] : [],
        )
      : [];
  return {
    country,
    countryName: index.countries.get(country)?.name ?? country,
    indicator,
    indicatorLabel: index.indicators.get(indicator)?.label ?? indicator,
    value,
    year: wave,
    sourceId: figure?.sourceId ?? null,
    sourceIds: figure?.sourceIds ?? [],
    where: figure?.where ?? null,
    note: figure?.note ?? (figure ? null : 'not in the sources we hold'),
    ...(figure?.fit ? { fit: figure.fit } : {}),
    conflicts: figure?.conflicts ?? [],
    referenceCode,
    referenceValue,
    gap: country === referenceCode ? null : gapToReference(value, referenceValue),
    otherWaves,
  };
}

/** The selection as rows, country-major, in the user's order, each indicator at its latest wave. */
export function comparisonCells(
  index: DatasetIndex,
  countries: readonly string[],
  indicators: readonly string[],
): ComparisonCell[] {
  return countries.flatMap((c) => indicators.map((i) => comparisonCell(index, c, i)));
}

/** One collator for every name comparison: `localeCompare` builds one per call (the profile showed
 * the ranking's sort spending 80 ms in it at 4× CPU). */
const byName = new Intl.Collator('en');

export interface RankedCountry extends ComparisonCell {
  rank: number | null;
  selected: boolean;
}

/** Every country of the dataset on one indicator in one wave, highest first, missing values last (unranked). */
export function rankCountries(
  index: DatasetIndex,
  indicator: string,
  selected: readonly string[],
  wave: number | null = indicatorWave(index, indicator, 'latest'),
): RankedCountry[] {
  const cells = index.dataset.countries
    .filter((c) => !c.aggregate)
    .map((c) => comparisonCell(index, c.code, indicator, wave));
  const withValue = cells
    .filter((c) => c.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || byName.compare(a.countryName, b.countryName));
  const without = cells
    .filter((c) => c.value === null)
    .sort((a, b) => byName.compare(a.countryName, b.countryName));
  let rank = 0;
  let previous: number | null = null;
  return [...withValue, ...without].map((c, i) => {
    if (c.value !== null && c.value !== previous) {
      rank = i + 1;
      previous = c.value;
    }
    return { ...c, rank: c.value === null ? null : rank, selected: selected.includes(c.country) };
  });
}

/** A publication as the source line and tooltips name it. */
export function publicationName(source: Source): string {
  return `${source.publisher}, ${source.title}, ${source.year ?? 'undated'}`;
}

export function sourceLine(index: DatasetIndex, sourceIds: Iterable<string>): string {
  const titles = [...new Set(sourceIds)].flatMap((id) => {
    const s = index.sources.get(id);
    return s ? [publicationName(s)] : [];
  });
  return titles.length > 0 ? `Source: ${titles.join('; ')}` : 'Source: none';
}

/** What a conflict's fit says: "fits the definition only in part: prints 'digitalisiert' …". */
export function conflictFitText(c: FigureConflict): string | null {
  if (c.fit === 'partial') return `fits the definition only in part${c.fitNote ? `: ${c.fitNote}` : ''}`;
  return c.fitNote ?? null;
}

/** "sources differ: 83 % in Swiss Medical Weekly, …, 2023" (with the note on a figure's wording and
 * base where the data gives one) — or null when the publications agree. */
export function conflictText(index: DatasetIndex, conflicts: readonly FigureConflict[]): string | null {
  if (conflicts.length === 0) return null;
  const parts = conflicts.map((c) => {
    const s = index.sources.get(c.sourceId);
    const fit = conflictFitText(c);
    return `${c.value} % in ${s ? publicationName(s) : c.sourceId}${fit ? ` (${fit})` : ''}`;
  });
  return `sources differ: ${parts.join('; ')}`;
}
