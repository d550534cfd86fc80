import type { DatasetIndex } from '../data/derive';
import { type Catalog, CORE_INDICATORS } from '../data/view';

/** What a view may name, read off the dataset. */
export function catalogOf(index: DatasetIndex): Catalog {
  const countries = index.dataset.countries.filter((c) => !c.aggregate);
  return {
    countries: countries.map((c) => c.code),
    epsosCountries: countries.filter((c) => c.epsos).map((c) => c.code),
    indicators: index.dataset.indicators.map((i) => i.id),
    coreIndicators: [...CORE_INDICATORS],
    waves: index.waves,
  };
}
