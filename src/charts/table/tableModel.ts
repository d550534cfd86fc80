import type { ComparisonCell } from '../../data/derive';
import type { ViewModel } from '../../data/viewModel';
import { formatGap, formatValue } from '../shared/format';

/** The table view as plain rows and columns, read off the view model: the HTML table and the image export. */

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

/** A value column per indicator (with its wave when the view mixes years), and a gap column where
 * the indicator's survey published an average. */
export function tableColumns(model: Pick<ViewModel, 'indicators' | 'mixedYears'>): TableColumn[] {
  return [
    { key: 'country', label: 'Country', indicator: null, kind: 'country' },
    ...model.indicators.flatMap((i): TableColumn[] => {
      const label = model.mixedYears ? `${i.shortLabel}, ${i.wave ?? 'no data'}` : i.shortLabel;
      const value: TableColumn = {
        key: `${i.id}:value`,
        label: `${label} (%)`,
        indicator: i.id,
        kind: 'value',
      };
      if (i.referenceCode === null) return [value];
      return [
        value,
        {
          key: `${i.id}:gap`,
          label: `${label}: gap to ${i.referenceCode} (points)`,
          indicator: i.id,
          kind: 'gap',
        },
      ];
    }),
  ];
}

export function tableRows(model: Pick<ViewModel, 'rows' | 'cells' | 'references'>): TableRow[] {
  const references = new Set(model.references.map((r) => r.code));
  const byRow = new Map<string, ComparisonCell[]>();
  for (const c of model.cells) byRow.set(c.country, [...(byRow.get(c.country) ?? []), c]);
  return model.rows.map((country) => {
    const cells = byRow.get(country) ?? [];
    return {
      country,
      name: cells[0]?.countryName ?? country,
      reference: references.has(country),
      cells: Object.fromEntries(cells.map((c) => [c.indicator, c])),
    };
  });
}

function sortValue(row: TableRow, column: TableColumn): number | string | null {
  if (column.kind === 'country' || !column.indicator) return row.name;
  const cell = row.cells[column.indicator];
  return (column.kind === 'value' ? cell?.value : cell?.gap) ?? null;
}

/** Sorts rows by a column; the averages stay on top, missing values always last. */
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

/** "82.8", "82 ≠" (publications differ), "no data (2009: 72)", "—" (the average's own gap). */
export function cellText(row: TableRow, column: TableColumn): string {
  if (column.kind === 'country' || !column.indicator) return row.name;
  const cell = row.cells[column.indicator];
  if (column.kind === 'value') {
    if (!cell) return '—';
    if (cell.value === null) {
      const other = [...cell.otherWaves].sort((a, b) => b.year - a.year)[0];
      return other ? `no data (${other.year}: ${formatValue(other.value)})` : 'no data';
    }
    return `${formatValue(cell.value)}${cell.conflicts.length > 0 ? ' ≠' : ''}`;
  }
  return row.reference || !cell ? '—' : formatGap(cell.gap);
}
