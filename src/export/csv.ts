import { csvFormat } from 'd3-dsv';
import { chartCells } from '../charts/chartCountries';
import type { DatasetIndex } from '../data/derive';
import type { ViewState } from '../state/view';

/** The data behind the chart on screen, one row per country × indicator, as CSV. */

export const CSV_COLUMNS = [
  'country',
  'country_name',
  'indicator',
  'indicator_label',
  'value_percent',
  'eu27_average_percent',
  'gap_points',
  'year',
  'source',
  'note',
] as const;

/** Spreadsheets run cells that start with = + - @ as formulas; a leading ' keeps them text. */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

export function viewCsv(index: DatasetIndex, view: ViewState): string {
  const cells = chartCells(index, view);
  const rows = cells.map((c) => {
    const source = c.sourceId ? index.sources.get(c.sourceId) : undefined;
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      country: c.country,
      country_name: c.countryName,
      indicator: c.indicator,
      indicator_label: c.indicatorLabel,
      value_percent: c.value === null ? '' : String(c.value),
      eu27_average_percent: c.referenceValue === null ? '' : String(c.referenceValue),
      gap_points: c.gap === null ? '' : c.gap.toFixed(1),
      year: c.year === null ? '' : String(c.year),
      source: source ? `${source.publisher}, ${source.title} (${source.year ?? 'undated'})` : '',
      note: c.value === null ? (c.note ?? 'no data') : (c.note ?? ''),
    };
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, spreadsheetSafe(v)]));
  });
  return `${csvFormat(rows, [...CSV_COLUMNS])}\n`;
}
