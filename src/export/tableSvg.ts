import { cellText, type TableColumn, type TableRow } from '../charts/table/tableModel';
import { EXPORT_FONT } from './composeSvg';

/** The table view drawn as an SVG table, so the Table kind exports as an image like the charts. */

const SVG_NS = 'http://www.w3.org/2000/svg';
const ROW = 24;
const GLYPH = 7;

export function tableColumnWidths(columns: TableColumn[], rows: TableRow[]): number[] {
  return columns.map((c) => {
    const longest = Math.max(c.label.length * 0.8, ...rows.map((r) => cellText(r, c).length));
    return Math.min(260, Math.max(60, longest * GLYPH + 16));
  });
}

export function tableSvg(doc: Document, columns: TableColumn[], rows: TableRow[]): SVGSVGElement {
  const widths = tableColumnWidths(columns, rows);
  const width = widths.reduce((a, b) => a + b, 0);
  const height = ROW * (rows.length + 1) + 12;
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
      'font-size': 11.5,
      'font-weight': weight,
      fill,
    });
    node.textContent = content;
    svg.append(node);
  };
  let x = 0;
  columns.forEach((c, i) => {
    const w = widths[i] ?? 80;
    const words = c.label.length * 6.2 > w ? `${c.label.slice(0, Math.floor(w / 6.2) - 1)}…` : c.label;
    text(
      words,
      c.kind === 'country' ? x + 4 : x + w - 4,
      ROW - 8,
      c.kind === 'country' ? 'start' : 'end',
      700,
    );
    x += w;
  });
  rows.forEach((row, r) => {
    const y = ROW * (r + 1);
    if (row.reference)
      svg.append(
        set(doc.createElementNS(SVG_NS, 'rect'), { x: 0, y: y + 2, width, height: ROW, fill: '#f2f2f2' }),
      );
    svg.append(
      set(doc.createElementNS(SVG_NS, 'line'), { x1: 0, x2: width, y1: y + 2, y2: y + 2, stroke: '#d0d4da' }),
    );
    let cx = 0;
    columns.forEach((c, i) => {
      const w = widths[i] ?? 80;
      const content = cellText(row, c);
      text(
        content,
        c.kind === 'country' ? cx + 4 : cx + w - 4,
        y + ROW - 6,
        c.kind === 'country' ? 'start' : 'end',
        row.reference ? 700 : 400,
        content === 'no data' ? '#595959' : '#1a1a1a',
      );
      cx += w;
    });
  });
  return svg;
}
