import { csvFormat } from 'd3-dsv';
import { conflictText, type DatasetIndex, publicationName } from '../data/derive';
import { spreadsheetSafe } from '../data/spreadsheetSafe';
import type { ViewModel } from '../data/viewModel';

/** The data behind the chart on screen, one row per country × indicator × wave, as CSV. */

/** Where a figure is printed, and what else is said of it: the last columns of both layouts. */
const SOURCE_COLUMNS = ['source', 'other_sources', 'where', 'conflict', 'note'] as const;

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
  ...SOURCE_COLUMNS,
] as const;

/** All surveys: one row per mark (the averages' rows included), with its concept and survey. */
export const SURVEYS_CSV_COLUMNS = [
  'country',
  'country_name',
  'concept',
  'survey',
  'indicator',
  'indicator_label',
  'year',
  'value_percent',
  ...SOURCE_COLUMNS,
] as const;

function surveysCsv(index: DatasetIndex, model: ViewModel, name: (id: string) => string): string {
  const rows = model.surveyPanels.flatMap((panel) =>
    [...panel.references, ...panel.rows].flatMap((r) =>
      r.items.flatMap((item) => {
        const survey = panel.series.find((s) => s.indicator === item.indicator)?.survey;
        return item.points.map((p) => {
          const c = p.cell;
          const row: Record<(typeof SURVEYS_CSV_COLUMNS)[number], string> = {
            country: c.country,
            country_name: c.countryName,
            concept: panel.label,
            survey: survey?.title ?? '',
            indicator: c.indicator,
            indicator_label: c.indicatorLabel,
            year: String(p.year),
            value_percent: String(p.value),
            source: c.sourceId ? name(c.sourceId) : '',
            other_sources: c.sourceIds.slice(1).map(name).join('; '),
            where: c.where ?? '',
            conflict: conflictText(index, c.conflicts) ?? '',
            note: c.note ?? '',
          };
          return row;
        });
      }),
    ),
  );
  return csvText(rows, SURVEYS_CSV_COLUMNS);
}

/** The rows as CSV under `columns`, each cell safe to open in a spreadsheet (no formula). */
function csvText<Column extends string>(
  rows: readonly Record<Column, string>[],
  columns: readonly Column[],
): string {
  const safe = rows.map((row) =>
    Object.fromEntries(Object.entries<string>(row).map(([k, v]) => [k, spreadsheetSafe(v)])),
  );
  return `${csvFormat(safe, [...columns])}\n`;
}

export function viewCsv(index: DatasetIndex, model: ViewModel): string {
  const name = (id: string) => {
    const s = index.sources.get(id);
    return s ? publicationName(s) : id;
  };
  if (model.kind.shape === 'surveys') return surveysCsv(index, model, name);
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
    return row;
  });
  return csvText(rows, CSV_COLUMNS);
}
