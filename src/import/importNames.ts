import table from '../../data/country-names.json';
import { countryNameIndex } from '../data/countryNames';
import type { Country } from '../data/schema';

/**
 * The names an import may use for a country (data/country-names.json, checked by the data build):
 * bundled with the Add data panel only, so the dashboard's first load does not carry them.
 */
let cached: { countries: readonly Country[]; index: ReadonlyMap<string, string> } | null = null;

export function importCountryNames(countries: readonly Country[]): ReadonlyMap<string, string> {
  if (cached?.countries !== countries)
    cached = { countries, index: countryNameIndex(table, countries).index };
  return cached.index;
}
