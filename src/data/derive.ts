import {
  type Country,
  type Dataset,
  EU_AVERAGE,
  type Indicator,
  type Observation,
  type Source,
} from './schema';

/** Pure selectors over the dataset: what a chart, a table or an export shows. */

/** One value per country × indicator: the latest year, and within it the first source in SOURCES order. */
export interface DatasetIndex {
  dataset: Dataset;
  countries: Map<string, Country>;
  indicators: Map<string, Indicator>;
  sources: Map<string, Source>;
  observations: Map<string, Observation>;
}

const key = (country: string, indicator: string) => `${country}|${indicator}`;

export function indexDataset(dataset: Dataset): DatasetIndex {
  const sourceRank = new Map(dataset.sources.map((s, i) => [s.id, i]));
  const observations = new Map<string, Observation>();
  for (const o of dataset.observations) {
    const k = key(o.country, o.indicator);
    const current = observations.get(k);
    const better =
      !current ||
      (current.value === null && o.value !== null) ||
      (o.value !== null &&
        (o.year > current.year ||
          (o.year === current.year &&
            (sourceRank.get(o.sourceId) ?? 99) < (sourceRank.get(current.sourceId) ?? 99))));
    if (better) observations.set(k, o);
  }
  return {
    dataset,
    countries: new Map(dataset.countries.map((c) => [c.code, c])),
    indicators: new Map(dataset.indicators.map((i) => [i.id, i])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    observations,
  };
}

export interface ComparisonCell {
  country: string;
  countryName: string;
  indicator: string;
  indicatorLabel: string;
  value: number | null;
  year: number | null;
  sourceId: string | null;
  note: string | null;
  euValue: number | null;
  /** value − EU27 average, in percentage points, rounded to 0.1; null when either is missing. */
  gap: number | null;
}

export const roundTenth = (x: number) => Math.round(x * 10) / 10;

export function gapToEuAverage(value: number | null, euValue: number | null): number | null {
  return value === null || euValue === null ? null : roundTenth(value - euValue);
}

export function comparisonCell(index: DatasetIndex, country: string, indicator: string): ComparisonCell {
  const o = index.observations.get(key(country, indicator));
  const eu = index.observations.get(key(EU_AVERAGE, indicator));
  const value = o?.value ?? null;
  const euValue = eu?.value ?? null;
  return {
    country,
    countryName: index.countries.get(country)?.name ?? country,
    indicator,
    indicatorLabel: index.indicators.get(indicator)?.label ?? indicator,
    value,
    year: o?.year ?? null,
    sourceId: o?.sourceId ?? null,
    note: o?.note ?? (o ? null : 'not in the sources we hold'),
    euValue,
    gap: country === EU_AVERAGE ? null : gapToEuAverage(value, euValue),
  };
}

/** The selection as rows, country-major, in the user's order. */
export function comparisonCells(
  index: DatasetIndex,
  countries: readonly string[],
  indicators: readonly string[],
): ComparisonCell[] {
  return countries.flatMap((c) => indicators.map((i) => comparisonCell(index, c, i)));
}

export interface RankedCountry extends ComparisonCell {
  rank: number | null;
  selected: boolean;
}

/** Every country of the dataset on one indicator, highest first, missing values last (unranked). */
export function rankCountries(
  index: DatasetIndex,
  indicator: string,
  selected: readonly string[],
): RankedCountry[] {
  const cells = index.dataset.countries
    .filter((c) => !c.aggregate)
    .map((c) => comparisonCell(index, c.code, indicator));
  const withValue = cells
    .filter((c) => c.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.countryName.localeCompare(b.countryName));
  const without = cells
    .filter((c) => c.value === null)
    .sort((a, b) => a.countryName.localeCompare(b.countryName));
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

export function sourceLine(index: DatasetIndex, sourceIds: Iterable<string>): string {
  const titles = [...new Set(sourceIds)].flatMap((id) => {
    const s = index.sources.get(id);
    return s ? [`${s.publisher}, ${s.title}, ${s.year}`] : [];
  });
  return titles.length > 0 ? `Source: ${titles.join('; ')}` : 'Source: none';
}
