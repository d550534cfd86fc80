import { csvFormat } from 'd3-dsv';
import { conflictText, type DatasetIndex, publicationName } from '../data/derive';
import type { ViewModel } from '../data/viewModel';

/** The data behind the chart on screen, one row per country × indicator × wave, as CSV. */

export const CSV_COLUMNS = [
  'country',
  'country_name',
  'indicator',
  'indicator_label',
  'survey',
  'year',
  'value_percent',
  'reference_average',
  'reference_percent',
  'gap_points',
  'source',
  'other_sources',
  'where',
  'conflict',
  'note',
] as const;

/** Spreadsheets run cells that start with = + - @ as formulas; a leading ' keeps them text. */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

export function viewCsv(index: DatasetIndex, model: ViewModel): string {
  const name = (id: string) => {
    const s = index.sources.get(id);
    return s ? publicationName(s) : id;
  };
  const rows = model.dataCells.map((c) => {
    const survey = model.indicators.find((i) => i.id === c.indicator)?.survey;
    const hasValue = c.value !== null;
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      country: c.country,
      country_name: c.countryName,
      indicator: c.indicator,
      indicator_label: c.indicatorLabel,
      survey: survey?.title ?? '',
      year: c.year === null ? '' : String(c.year),
      value_percent: hasValue ? String(c.value) : '',
      reference_average: c.referenceCode ?? 'none published',
      reference_percent: c.referenceValue === null ? '' : String(c.referenceValue),
      gap_points: c.gap === null ? '' : c.gap.toFixed(1),
      source: hasValue && c.sourceId ? name(c.sourceId) : '',
      // every other publication that prints the same figure (at any precision)
      other_sources: hasValue ? c.sourceIds.slice(1).map(name).join('; ') : '',
      where: hasValue ? (c.where ?? '') : '',
      conflict: conflictText(index, c.conflicts) ?? '',
      note: hasValue
        ? (c.note ?? '')
        : [
            c.note ?? 'no data',
            ...(c.otherWaves.length > 0
              ? [`other waves: ${c.otherWaves.map((w) => `${w.year}: ${w.value} %`).join(', ')}`]
              : []),
          ].join('; '),
    };
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, spreadsheetSafe(v)]));
  });
  return `${csvFormat(rows, [...CSV_COLUMNS])}\n`;
}
