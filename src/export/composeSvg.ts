import { type FrameInput, frameLayout } from './frameLayout';

/**
 * Builds the standalone export SVG around a rendered chart <svg>, with DOM calls only (text is
 * set as textContent, never parsed as markup), and serializes it. Fonts and colours are written as
 * attributes so the file renders the same in a browser, Inkscape or a slide deck.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
export const EXPORT_FONT = "'DejaVu Sans', 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function legendSwatch(
  doc: Document,
  kind: string | undefined,
  colour: string,
  x: number,
  y: number,
  fill = colour,
  symbol?: { path?: string | undefined; hollow?: boolean | undefined },
): SVGElement {
  if (kind === 'note') return el(doc, 'g', {});
  if (kind === 'symbol')
    return el(doc, 'path', {
      d: symbol?.path ?? '',
      transform: `translate(${x + 9} ${y - 5}) scale(0.75)`,
      fill: symbol?.hollow ? '#ffffff' : colour,
      stroke: colour,
      'stroke-width': symbol?.hollow ? 2 : 1,
    });
  if (kind === 'dashed' || kind === 'dotted') {
    const g = el(doc, 'g', {});
    g.append(
      el(doc, 'line', {
        x1: x,
        x2: x + 18,
        y1: y - 5,
        y2: y - 5,
        stroke: colour,
        'stroke-width': 2,
        'stroke-dasharray': kind === 'dashed' ? '6 4' : '1.5 3',
      }),
    );
    g.append(
      el(doc, 'circle', {
        cx: x + 9,
        cy: y - 5,
        r: 3.5,
        fill: '#ffffff',
        stroke: colour,
        'stroke-width': 1.5,
      }),
    );
    return g;
  }
  if (kind === 'reference')
    return el(doc, 'line', {
      x1: x + 9,
      x2: x + 9,
      y1: y - 11,
      y2: y + 1,
      stroke: colour,
      'stroke-width': 2.5,
    });
  if (kind === 'nodata')
    return el(doc, 'rect', {
      x: x + 1,
      y: y - 10,
      width: 16,
      height: 10,
      fill: 'url(#no-data-hatch)',
      stroke: colour,
    });
  return el(doc, 'rect', { x: x + 1, y: y - 10, width: 16, height: 10, fill });
}

export interface ComposedSvg {
  markup: string;
  width: number;
  height: number;
}

export interface ComposedElement {
  /** The standalone <svg>, not yet serialized. */
  element: SVGSVGElement;
  width: number;
  height: number;
}

export function composeExportSvg(
  chart: SVGSVGElement,
  meta: Omit<FrameInput, 'chartWidth' | 'chartHeight'>,
): ComposedSvg {
  return serializeExport(composeExportElement(chart, meta));
}

/**
 * The markup of a composed export. With `pixels` (the PNG's size, pngSize in png.ts), the root's
 * width and height are those, so an image decoded from it is drawn once at that size (PNG), not
 * drawn at 1× and then scaled; its viewBox keeps the frame's width and takes the height of the same
 * scale (the frame's, or a fraction of a pixel less where the scale is not a whole number). The
 * returned width and height stay the frame's.
 */
export function serializeExport(
  { element, width, height }: ComposedElement,
  pixels?: { width: number; height: number },
  /** A print size (exportSizes.ts): width and height in mm, the viewBox unchanged. */
  physical?: { width: string; height: string } | null,
): ComposedSvg {
  if (physical && !pixels) {
    element.setAttribute('width', physical.width);
    element.setAttribute('height', physical.height);
  }
  if (pixels) {
    element.setAttribute('width', String(pixels.width));
    element.setAttribute('height', String(pixels.height));
    element.setAttribute('viewBox', `0 0 ${width} ${(pixels.height * width) / pixels.width}`);
  }
  const markup = new XMLSerializer().serializeToString(element);
  if (pixels || physical) {
    element.setAttribute('width', String(width));
    element.setAttribute('height', String(height));
    element.setAttribute('viewBox', `0 0 ${width} ${height}`);
  }
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}

/** The standalone export <svg> around a rendered chart, as an element (see composeExportSvg). */
export function composeExportElement(
  chart: SVGSVGElement,
  meta: Omit<FrameInput, 'chartWidth' | 'chartHeight'>,
): ComposedElement {
  const doc = chart.ownerDocument;
  const chartWidth = Number(chart.getAttribute('width')) || chart.viewBox.baseVal.width || 800;
  const chartHeight = Number(chart.getAttribute('height')) || chart.viewBox.baseVal.height || 500;
  const frame = frameLayout({ ...meta, chartWidth, chartHeight, minWidth: meta.minWidth ?? 640 });
  const root = el(doc, 'svg', {
    xmlns: SVG_NS,
    width: frame.width,
    height: frame.height,
    viewBox: `0 0 ${frame.width} ${frame.height}`,
    'font-family': EXPORT_FONT,
    role: 'img',
  });
  const title = el(doc, 'title', {});
  title.textContent = meta.title;
  root.append(title);
  root.append(el(doc, 'rect', { width: frame.width, height: frame.height, fill: '#ffffff' }));
  for (const t of frame.texts) {
    const text = el(doc, 'text', {
      x: t.x,
      y: t.y,
      'font-size': t.size,
      'font-weight': t.weight,
      fill: t.colour,
    });
    text.textContent = t.text;
    root.append(text);
  }
  for (const item of frame.legend) {
    root.append(legendSwatch(doc, item.kind, item.colour, item.x, item.y, item.fill, item));
    const text = el(doc, 'text', { x: item.x + 24, y: item.y, 'font-size': 13, fill: '#1a1a1a' });
    text.textContent = item.label;
    root.append(text);
  }
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  for (const [k, v] of Object.entries({
    x: frame.chart.x,
    y: frame.chart.y,
    width: frame.chart.width,
    height: frame.chart.height,
    'font-family': EXPORT_FONT,
  })) {
    copy.setAttribute(k, String(v));
  }
  root.append(copy);
  return { element: root, width: frame.width, height: frame.height };
}
