import { type ComparisonCell, comparisonCells, type DatasetIndex } from '../../data/derive';
import { EU_AVERAGE } from '../../data/schema';
import { formatGap, formatValue } from '../shared/format';

/** The table view as plain rows and columns: used by the HTML table and by the image export. */

export interface TableColumn {
  key: string;
  label: string;
  indicator: string | null;
  kind: 'country' | 'value' | 'gap';
}

export interface TableRow {
  country: string;
  name: string;
  reference: boolean;
  cells: Record<string, ComparisonCell>;
}

export type SortKey = { column: string; direction: 'ascending' | 'descending' };

export function tableColumns(index: DatasetIndex, indicators: readonly string[]): TableColumn[] {
  return [
    { key: 'country', label: 'Country', indicator: null, kind: 'country' },
    ...indicators.flatMap((id): TableColumn[] => {
      const label = index.indicators.get(id)?.shortLabel ?? id;
      return [
        { key: `${id}:value`, label: `${label} (%)`, indicator: id, kind: 'value' },
        { key: `${id}:gap`, label: `${label}: gap to EU27 (points)`, indicator: id, kind: 'gap' },
      ];
    }),
  ];
}

export function tableRows(
  index: DatasetIndex,
  countries: readonly string[],
  indicators: readonly string[],
): TableRow[] {
  const list = [EU_AVERAGE, ...countries.filter((c) => c !== EU_AVERAGE)];
  const cells = comparisonCells(index, list, indicators);
  return list.map((country) => ({
    country,
    name: index.countries.get(country)?.name ?? country,
    reference: country === EU_AVERAGE,
    cells: Object.fromEntries(cells.filter((c) => c.country === country).map((c) => [c.indicator, c])),
  }));
}

function sortValue(row: TableRow, column: TableColumn): number | string | null {
  if (column.kind === 'country' || !column.indicator) return row.name;
  const cell = row.cells[column.indicator];
  return (column.kind === 'value' ? cell?.value : cell?.gap) ?? null;
}

/** Sorts rows by a column; EU27 stays on top, missing values always last. */
export function sortTableRows(rows: TableRow[], columns: TableColumn[], sort: SortKey | null): TableRow[] {
  const column = columns.find((c) => c.key === sort?.column);
  if (!sort || !column) return rows;
  const [reference, others] = [rows.filter((r) => r.reference), rows.filter((r) => !r.reference)];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const sorted = [...others].sort((a, b) => {
    const va = sortValue(a, column);
    const vb = sortValue(b, column);
    if (va === null && vb === null) return 0;
    if (va === null) return 1;
    if (vb === null) return -1;
    return sign * (typeof va === 'string' ? va.localeCompare(String(vb)) : va - Number(vb));
  });
  return [...reference, ...sorted];
}

export function cellText(row: TableRow, column: TableColumn): string {
  if (column.kind === 'country' || !column.indicator) return row.name;
  const cell = row.cells[column.indicator];
  if (column.kind === 'value') return formatValue(cell?.value ?? null);
  return row.reference ? '—' : formatGap(cell?.gap ?? null);
}
