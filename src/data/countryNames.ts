import * as z from 'zod/mini';
import { countryCodeSchema } from './schema';

/**
 * Country names an analyst's file may use instead of codes (data/country-names.json): English names
 * and common variants ("Czechia", "UK") and each country's own names ("Deutschland", "Sverige"). A
 * name matches whatever its case, accents, spaces and punctuation ("ESPANA", "españa", "Espana");
 * the data build fails when two names read the same after that, so a match is never ambiguous.
 */

export const countryNamesSchema = z.array(
  z.object({
    code: countryCodeSchema,
    names: z.array(z.string().check(z.minLength(2), z.maxLength(80))).check(z.minLength(1)),
  }),
);
export type CountryNameTable = z.infer<typeof countryNamesSchema>;

/** A name as compared: accents and marks dropped, lower-case, letters and digits only. */
export function normalizeCountryName(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Normalized name → country code; the problems that would make a name ambiguous or dangling. */
export function countryNameIndex(
  table: CountryNameTable,
  countries: readonly { code: string; name: string }[],
): { index: Map<string, string>; problems: string[] } {
  const index = new Map<string, string>();
  const written = new Map<string, string>();
  const problems: string[] = [];
  const codes = new Set(countries.map((c) => c.code));
  for (const { code, names } of table) {
    if (!codes.has(code)) problems.push(`${code}: not a country in countries.json`);
    for (const name of names) {
      const key = normalizeCountryName(name);
      const other = index.get(key);
      if (other !== undefined) {
        problems.push(
          `"${name}" (${code}) reads the same as "${written.get(key)}" (${other}) once case and accents are ignored`,
        );
        continue;
      }
      if (codes.has(key.toUpperCase()) && key.toUpperCase() !== code)
        problems.push(`"${name}" (${code}) reads as the code of ${key.toUpperCase()}`);
      index.set(key, code);
      written.set(key, name);
    }
  }
  for (const country of countries) {
    if (index.get(normalizeCountryName(country.name)) !== country.code)
      problems.push(`${country.code}: its name in countries.json ("${country.name}") is not among its names`);
  }
  return { index, problems };
}

/** The code a name in a file stands for, or null. */
export function countryByName(index: ReadonlyMap<string, string>, raw: string): string | null {
  const key = normalizeCountryName(raw);
  return key === '' ? null : (index.get(key) ?? null);
}
