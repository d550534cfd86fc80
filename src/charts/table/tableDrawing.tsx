import { ownText } from '../../data/bidi';
import type { ViewModel } from '../../data/viewModel';
import type { DrawnChart } from '../shared/ChartSvg';
import { CELL_GLYPH } from '../shared/measure';
import { cellText, type TableColumn, type TableRow, tableColumns, tableRows } from './tableModel';

/**
 * The table view drawn as an SVG table, so the Table kind exports as an image like the charts:
 * a header row per indicator ("Computer use") over its two columns (% and gap in points).
 */

const ROW = 24;
const COLUMN_WIDTH = { value: 80, gap: 120 } as const;

export function tableColumnWidths(columns: TableColumn[], rows: TableRow[]): number[] {
  return columns.map((c) => {
    if (c.kind !== 'country') return COLUMN_WIDTH[c.kind];
    return Math.max(90, ...rows.map((r) => r.name.length * CELL_GLYPH + 16));
  });
}

function truncateToWidth(text: string, width: number): string {
  const max = Math.floor(width / CELL_GLYPH);
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}

function Cell({
  children,
  x,
  y,
  anchor,
  weight,
  fill = '#1a1a1a',
}: {
  children: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  weight: number;
  fill?: string;
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={12} fontWeight={weight} fill={fill}>
      {children}
    </text>
  );
}

/** The table's drawing, for the export's frame (the table on screen is HTML: TableChart). */
export function tableDrawing(model: ViewModel): DrawnChart {
  const columns = tableColumns(model);
  const rows = tableRows(model);
  const indicatorLabels = new Map(model.indicators.map((i) => [i.id, i.shortLabel]));
  const widths = tableColumnWidths(columns, rows);
  const width = widths.reduce((a, b) => a + b, 0);
  const height = ROW * (rows.length + 2) + 12;
  const lefts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const children = (
    <>
      {columns.map((c, i) => {
        const x = lefts[i] ?? 0;
        const w = widths[i] ?? 80;
        const span = w + (widths[i + 1] ?? 0);
        return (
          <g key={c.key}>
            {c.kind === 'country' && (
              <Cell x={x + 4} y={2 * ROW - 8} anchor="start" weight={700}>
                Country
              </Cell>
            )}
            {c.kind === 'value' && c.indicator && (
              <>
                <Cell x={x + span / 2} y={ROW - 8} anchor="middle" weight={700}>
                  {ownText(
                    c.indicator,
                    truncateToWidth(indicatorLabels.get(c.indicator) ?? c.indicator, span - 8),
                  )}
                </Cell>
                <line x1={x + 8} x2={x + span - 8} y1={ROW - 2} y2={ROW - 2} stroke="#8a94a3" />
              </>
            )}
            {c.kind !== 'country' && (
              <Cell x={x + w - 4} y={2 * ROW - 8} anchor="end" weight={400} fill="#505050">
                {c.kind === 'value' ? '%' : 'gap to EU27 (pts)'}
              </Cell>
            )}
          </g>
        );
      })}
      {rows.map((row, r) => {
        const y = ROW * (r + 2);
        return (
          <g key={row.country}>
            {row.reference && <rect x={0} y={y + 2} width={width} height={ROW} fill="#f2f2f2" />}
            <line x1={0} x2={width} y1={y + 2} y2={y + 2} stroke="#d0d4da" />
            {columns.map((c, i) => {
              const x = lefts[i] ?? 0;
              const w = widths[i] ?? 80;
              const content = cellText(row, c);
              return (
                <Cell
                  key={c.key}
                  x={c.kind === 'country' ? x + 4 : x + w - 4}
                  y={y + ROW - 6}
                  anchor={c.kind === 'country' ? 'start' : 'end'}
                  weight={row.reference ? 700 : 400}
                  fill={content === 'no data' ? '#595959' : '#1a1a1a'}
                >
                  {content}
                </Cell>
              );
            })}
          </g>
        );
      })}
    </>
  );
  return { label: 'Table', width, height, children };
}
