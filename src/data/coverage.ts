import type { DatasetIndex } from './derive';

/**
 * Coverage: which country has a figure for which indicator, for the counts in the pickers
 * ("· 6 of 12": the indicator has a figure for 6 of the 12 selected countries).
 *
 * "Has a figure" means: at least one wave of that indicator in which the country's resolved figure
 * (src/data/resolveFigure.ts, after precedence) has a value. Any wave counts, not only the one the
 * view shows (`time`), since the picker asks "is there anything to see"; an explicit "no data" row
 * is not a figure. Only real countries count: a survey's average (EU27, EU15, EU28) is never a
 * country of the selection. The analyst's own imported indicators count as any other: they are in
 * the merged dataset the index was built from.
 */

export interface Coverage {
  /** country → the indicators it has a figure for. */
  byCountry: ReadonlyMap<string, ReadonlySet<string>>;
  /** indicator → the countries it has a figure for. */
  byIndicator: ReadonlyMap<string, ReadonlySet<string>>;
  /** country → the concepts it has a figure for, in any survey (what All surveys draws). */
  conceptsByCountry: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The concepts of some indicators, each once, in their order (All surveys: one panel each). */
export function conceptsOf(index: DatasetIndex, indicators: readonly string[]): string[] {
  return [...new Set(indicators.flatMap((id) => index.indicators.get(id)?.concept ?? []))];
}

const cache = new WeakMap<DatasetIndex, Coverage>();

/** The coverage of a dataset, built once per index (one pass over its country × indicator series). */
export function coverageOf(index: DatasetIndex): Coverage {
  const cached = cache.get(index);
  if (cached) return cached;
  const byCountry = new Map<string, Set<string>>();
  const byIndicator = new Map<string, Set<string>>();
  for (const figures of index.series.values()) {
    const first = figures[0];
    if (!first || index.countries.get(first.country)?.aggregate) continue;
    if (!figures.some((f) => f.value !== null)) continue;
    const { country, indicator } = first;
    const indicators = byCountry.get(country) ?? new Set<string>();
    indicators.add(indicator);
    byCountry.set(country, indicators);
    const countries = byIndicator.get(indicator) ?? new Set<string>();
    countries.add(country);
    byIndicator.set(indicator, countries);
  }
  const conceptsByCountry = new Map(
    [...byCountry].map(([country, indicators]) => [
      country,
      new Set([...indicators].flatMap((id) => index.indicators.get(id)?.concept ?? [])),
    ]),
  );
  const coverage = { byCountry, byIndicator, conceptsByCountry };
  cache.set(index, coverage);
  return coverage;
}

/**
 * For each key (an indicator, or a country), how many of `selected` (countries, or indicators) it
 * has a figure for, read off `sets` (coverage.byIndicator, or coverage.byCountry). A repeated
 * selected value counts once. O(keys × selected) with set look-ups.
 */
export function coverageCounts(
  sets: ReadonlyMap<string, ReadonlySet<string>>,
  keys: readonly string[],
  selected: readonly string[],
): Map<string, number> {
  const unique = [...new Set(selected)];
  return new Map(
    keys.map((key) => {
      const has = sets.get(key);
      return [key, has ? unique.reduce((n, s) => (has.has(s) ? n + 1 : n), 0) : 0];
    }),
  );
}
