/** The view an analyst looks at: what the URL encodes and the store holds. */

export const CHART_KINDS = ['bars', 'gap', 'ranking', 'map', 'scatter', 'table'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const CHART_LABELS: Record<ChartKind, string> = {
  bars: 'Bars',
  gap: 'Gap to EU average',
  ranking: 'Ranking',
  map: 'Map',
  scatter: 'Scatter',
  table: 'Table',
};

export interface ViewState {
  countries: string[];
  indicators: string[];
  chart: ChartKind;
  profile: string | null;
  embed: boolean;
}

/** What a view may name: the dataset's countries (EU27 excluded: it is always the reference) and indicators. */
export interface Catalog {
  countries: readonly string[];
  epsosCountries: readonly string[];
  indicators: readonly string[];
  coreIndicators: readonly string[];
}

export const CORE_INDICATORS = ['computer', 'internet', 'epr'] as const;
export const DEFAULT_PROFILE = 'FR';

export function defaultView(catalog: Catalog): ViewState {
  return {
    countries: [...catalog.epsosCountries],
    indicators: catalog.coreIndicators.filter((id) => catalog.indicators.includes(id)),
    chart: 'bars',
    profile: catalog.countries.includes(DEFAULT_PROFILE) ? DEFAULT_PROFILE : null,
    embed: false,
  };
}
