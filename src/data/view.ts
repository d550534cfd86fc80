import type { TimeSelection } from './derive';

/** The view an analyst looks at: what the URL encodes and the store holds. */

export const CHART_KINDS = ['surveys', 'bars', 'gap', 'ranking', 'map', 'scatter', 'table', 'time'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const CHART_LABELS: Record<ChartKind, string> = {
  surveys: 'All surveys',
  bars: 'Bars',
  gap: 'Gap to EU average',
  ranking: 'Ranking',
  map: 'Map',
  scatter: 'Scatter',
  table: 'Table',
  time: 'Over time',
};

export type { TimeSelection };

/** All surveys: rows by each country's most recent figure (default) or by name (`sort=name`). */
export const ROW_SORTS = ['latest', 'name'] as const;
export type RowSort = (typeof ROW_SORTS)[number];

export interface ViewState {
  countries: string[];
  indicators: string[];
  chart: ChartKind;
  profile: string | null;
  /** Kept with chart=time (which shows every wave), so it applies again on the other kinds. */
  time: TimeSelection;
  embed: boolean;
  /** Ranking and map: which selected indicator they draw (`rank=`); absent or not selected: the first. */
  rank?: string;
  /** All surveys: the order of the rows; absent means 'latest'. Kept on the other kinds, like `time`. */
  sort?: RowSort;
  /** `labels=1`: each mark's value written beside it (All surveys, Over time, scatter, map), on
   * screen and in the exports; absent means off. */
  labels?: boolean;
}

/** The indicator the ranking and the map draw: `rank` when it is selected, else the first selected. */
export function rankedIndicator(view: Pick<ViewState, 'indicators' | 'rank'>): string | null {
  if (view.rank && view.indicators.includes(view.rank)) return view.rank;
  return view.indicators[0] ?? null;
}

/** What a view may name: the dataset's countries (EU27 excluded: it is always the reference) and indicators. */
export interface Catalog {
  countries: readonly string[];
  epsosCountries: readonly string[];
  indicators: readonly string[];
  coreIndicators: readonly string[];
  /** indicator → the waves in which it has values (what `time=` may name). */
  waves: ReadonlyMap<string, readonly number[]>;
}

export const CORE_INDICATORS = ['computer', 'internet', 'epr'] as const;
export const DEFAULT_PROFILE = 'FR';

export function defaultView(catalog: Catalog): ViewState {
  return {
    countries: [...catalog.epsosCountries],
    indicators: catalog.coreIndicators.filter((id) => catalog.indicators.includes(id)),
    chart: 'surveys',
    profile: catalog.countries.includes(DEFAULT_PROFILE) ? DEFAULT_PROFILE : null,
    time: 'latest',
    embed: false,
  };
}
