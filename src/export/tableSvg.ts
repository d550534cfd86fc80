import { cellText, type TableColumn, type TableRow } from '../charts/table/tableModel';
import { EXPORT_FONT } from './composeSvg';

/**
 * The table view drawn as an SVG table, so the Table kind exports as an image like the charts:
 * a header row per indicator ("Computer use") over its two columns (% and gap in points).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const ROW = 24;
const GLYPH = 7.2;
const COLUMN_WIDTH = { value: 80, gap: 120 } as const;

export function tableColumnWidths(columns: TableColumn[], rows: TableRow[]): number[] {
  return columns.map((c) => {
    if (c.kind !== 'country') return COLUMN_WIDTH[c.kind];
    return Math.max(90, ...rows.map((r) => r.name.length * GLYPH + 16));
  });
}

function truncateToWidth(text: string, width: number): string {
  const max = Math.floor(width / GLYPH);
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}

export function tableSvg(
  doc: Document,
  columns: TableColumn[],
  rows: TableRow[],
  indicatorLabels: ReadonlyMap<string, string>,
): SVGSVGElement {
  const widths = tableColumnWidths(columns, rows);
  const width = widths.reduce((a, b) => a + b, 0);
  const height = ROW * (rows.length + 2) + 12;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  const set = (node: Element, attrs: Record<string, string | number>) => {
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };
  set(svg, {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': EXPORT_FONT,
    role: 'img',
    'aria-label': 'Table',
  });
  const text = (content: string, x: number, y: number, anchor: string, weight: number, fill = '#1a1a1a') => {
    const node = set(doc.createElementNS(SVG_NS, 'text'), {
      x,
      y,
      'text-anchor': anchor,
      'font-size': 12,
      'font-weight': weight,
      fill,
    });
    node.textContent = content;
    svg.append(node);
  };
  const lefts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  columns.forEach((c, i) => {
    const x = lefts[i] ?? 0;
    const w = widths[i] ?? 80;
    if (c.kind === 'country') text('Country', x + 4, 2 * ROW - 8, 'start', 700);
    if (c.kind === 'value' && c.indicator) {
      const span = w + (widths[i + 1] ?? 0);
      text(
        truncateToWidth(indicatorLabels.get(c.indicator) ?? c.indicator, span - 8),
        x + span / 2,
        ROW - 8,
        'middle',
        700,
      );
      svg.append(
        set(doc.createElementNS(SVG_NS, 'line'), {
          x1: x + 8,
          x2: x + span - 8,
          y1: ROW - 2,
          y2: ROW - 2,
          stroke: '#8a94a3',
        }),
      );
    }
    if (c.kind !== 'country')
      text(c.kind === 'value' ? '%' : 'gap to EU27 (pts)', x + w - 4, 2 * ROW - 8, 'end', 400, '#505050');
  });
  rows.forEach((row, r) => {
    const y = ROW * (r + 2);
    if (row.reference)
      svg.append(
        set(doc.createElementNS(SVG_NS, 'rect'), { x: 0, y: y + 2, width, height: ROW, fill: '#f2f2f2' }),
      );
    svg.append(
      set(doc.createElementNS(SVG_NS, 'line'), { x1: 0, x2: width, y1: y + 2, y2: y + 2, stroke: '#d0d4da' }),
    );
    columns.forEach((c, i) => {
      const x = lefts[i] ?? 0;
      const w = widths[i] ?? 80;
      const content = cellText(row, c);
      const anchor = c.kind === 'country' ? 'start' : 'end';
      text(
        content,
        c.kind === 'country' ? x + 4 : x + w - 4,
        y + ROW - 6,
        anchor,
        row.reference ? 700 : 400,
        content === 'no data' ? '#595959' : '#1a1a1a',
      );
    });
  });
  return svg;
}
