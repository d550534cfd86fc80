import { csvFormat } from 'd3-dsv';
import type { ImportedData } from '../data/importedData';

/** The columns of own rows as CSV: what Add data reads, a `#data=` link carries (share/fragment.ts)
 * and the stored data's rescue file holds. */
export const FRAGMENT_COLUMNS = ['country', 'indicator', 'year', 'value', 'note', 'label', 'source'] as const;

/** The rows of imported files as the CSV Add data reads; label and source travel with them. */
export function importsToCsv(imports: readonly ImportedData[]): string {
  return csvFormat(importRows(imports), [...FRAGMENT_COLUMNS]);
}

/** The rows of imported files, one record of text cells per figure (the columns of FRAGMENT_COLUMNS). */
export function importRows(imports: readonly ImportedData[]): Record<string, string>[] {
  const seen = new Set<string>();
  const labelled = new Set<string>();
  const rows: Record<string, string>[] = [];
  for (const data of imports) {
    const sources = new Map(data.sources.map((s) => [s.id, s.title]));
    const labels = new Map(data.indicators.map((i) => [i.id, i.label]));
    for (const o of data.observations) {
      const key = `${o.country}|${o.indicator}|${o.year}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const label = labelled.has(o.indicator) ? '' : (labels.get(o.indicator) ?? '');
      labelled.add(o.indicator);
      rows.push({
        country: o.country,
        indicator: o.indicator,
        year: String(o.year),
        value: o.value === null ? '' : String(o.value),
        note: o.note ?? '',
        label,
        source: sources.get(o.sourceId) ?? '',
      });
    }
  }
  return rows;
}
