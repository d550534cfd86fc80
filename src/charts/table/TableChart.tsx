import { useMemo, useState } from 'react';
import type { ChartProps } from '../types';
import { cellText, type SortKey, sortTableRows, tableColumns, tableRows } from './tableModel';

export function TableChart({ index, view, openProfile }: ChartProps) {
  const [sort, setSort] = useState<SortKey | null>(null);
  const columns = useMemo(() => tableColumns(index, view.indicators), [index, view.indicators]);
  const rows = useMemo(
    () => sortTableRows(tableRows(index, view.countries, view.indicators), columns, sort),
    [index, view.countries, view.indicators, columns, sort],
  );
  const sortBy = (column: string) =>
    setSort((s) => ({
      column,
      direction: s?.column === column && s.direction === 'descending' ? 'ascending' : 'descending',
    }));
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">
          Values in percent of GP practices and gaps to the EU27 average in percentage points; select a column
          header to sort.
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort?.column === c.key ? sort.direction : undefined}>
                <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                  {c.label}
                  <span aria-hidden="true">
                    {sort?.column === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.country} className={row.reference ? 'reference-row' : undefined}>
              {columns.map((c) => {
                const text = cellText(row, c);
                if (c.kind === 'country') {
                  return (
                    <th key={c.key} scope="row">
                      {row.reference ? (
                        text
                      ) : (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => openProfile(row.country)}
                        >
                          {text}
                        </button>
                      )}
                    </th>
                  );
                }
                const cell = c.indicator ? row.cells[c.indicator] : undefined;
                const noData = text === 'no data';
                return (
                  <td
                    key={c.key}
                    className={
                      noData ? 'no-data' : c.kind === 'gap' && (cell?.gap ?? 0) < 0 ? 'below' : undefined
                    }
                    title={noData && cell?.note ? cell.note : undefined}
                    data-country={row.country}
                    data-indicator={c.indicator ?? undefined}
                  >
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
