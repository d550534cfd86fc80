import { useMemo, useState } from 'react';
import { conflictText, publicationName } from '../../data/derive';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { useStaged } from '../shared/useStaged';
import type { ChartProps } from '../types';
import { cellText, type SortKey, sortTableRows, tableColumns, tableRows } from './tableModel';

export function TableChart({ index, model, openProfile }: ChartProps) {
  const [sort, setSort] = useState<SortKey | null>(null);
  const columns = useMemo(() => tableColumns(model), [model]);
  const rows = useMemo(() => sortTableRows(tableRows(model), columns, sort), [model, columns, sort]);
  // A change that brings hundreds of new cells (an import: new rows, and a column per new indicator
  // in every row) draws the new rows in a few commits of about STAGE_MARKS cells each, top first
  // (useStaged.ts); a first render, a sort and a small change draw at once, and every row is drawn
  // within a few frames (nothing is left out).
  const drawnRows = useStaged(
    rows,
    (row) => row.country,
    () => columns.length,
  );
  const conflicts = useMemo(
    () =>
      model.cells.flatMap((c) => {
        const text = conflictText(index, c.conflicts);
        return text ? [`${c.countryName}, ${c.indicatorLabel} (${c.year}): ${c.value} % shown; ${text}`] : [];
      }),
    [model.cells, index],
  );
  const publications = useMemo(
    () =>
      model.sourceIds.flatMap((id) => {
        const s = index.sources.get(id);
        return s ? [{ id, name: publicationName(s), url: s.url }] : [];
      }),
    [model.sourceIds, index],
  );
  const sortBy = (column: string) =>
    setSort((s) => ({
      column,
      direction: s?.column === column && s.direction === 'descending' ? 'ascending' : 'descending',
    }));
  return (
    <div className="table-chart">
      <ScrollRegion className="table-wrap" label={`${model.title} (table)`}>
        <table className="data-table">
          <caption className="visually-hidden">
            Values in percent and gaps to each survey's own average in percentage points; select a column
            header to sort.
          </caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort?.column === c.key ? sort.direction : undefined}>
                  <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                    <bdi>{c.label}</bdi>
                    <span aria-hidden="true">
                      {sort?.column === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {drawnRows.map((row) => (
              <tr
                key={row.country}
                className={
                  row.reference
                    ? 'reference-row'
                    : row.country === model.highlight
                      ? 'highlight-row'
                      : undefined
                }
                data-highlight={row.country === model.highlight || undefined}
              >
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
                  const noData = text.startsWith('no data');
                  return (
                    <td
                      key={c.key}
                      className={
                        noData ? 'no-data' : c.kind === 'gap' && (cell?.gap ?? 0) < 0 ? 'below' : undefined
                      }
                      title={
                        cell?.value === null && cell.note
                          ? cell.note
                          : cell && cell.conflicts.length > 0
                            ? (conflictText(index, cell.conflicts) ?? undefined)
                            : undefined
                      }
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
      </ScrollRegion>
      {conflicts.length > 0 && (
        <div className="table-notes">
          <h3>≠ Publications differ</h3>
          <ul>
            {conflicts.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="table-notes">
        <h3>Publications behind these figures</h3>
        <ol>
          {publications.map((p) => (
            <li key={p.id}>
              {p.url ? (
                <a href={p.url} rel="noopener noreferrer" target="_blank">
                  {p.name}
                </a>
              ) : (
                p.name
              )}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
