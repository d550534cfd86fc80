import type { QueryClient } from '@tanstack/react-query';
import { chartFor } from '../charts/ChartView';
import { preloadChartKind } from '../charts/chartKinds';
import { europeGeometryQuery } from '../charts/map/geometryQuery';
import type { ChartProps } from '../charts/types';
import type { DatasetIndex } from '../data/derive';
import { exportFileName } from '../data/exportFileName';
import type { ViewModel } from '../data/viewModel';
import { download } from '../ui/download';
import { type ComposedFrame, composeView, serializeExport } from './composeFrame';
import { viewCsv } from './csv';
import type { ExportSize } from './exportSizes';
import { pngSize, svgToPng } from './png';
import { dpiOf, withPngDpi } from './pngDpi';
import {
  exportSize,
  frameWidthFor,
  MIN_TEXT_PT,
  physicalSize,
  printedPt,
  printPngSize,
  SMALLEST_TEXT_PX,
} from './printSize';
import { renderInBrowser } from './renderInBrowser';

/** The file exports, loaded on first use (they are not needed to read the chart). */

export type FileExport = 'png' | 'svg' | 'csv';

export interface ExportInput {
  index: DatasetIndex;
  model: ViewModel;
  colours: ReadonlyMap<string, string>;
  link: string;
  /** The export size (exportSizes.ts); Screen when absent. */
  size?: string;
  /** The app's query client, for a chart drawn again at a print size (the map's outlines). */
  queryClient?: QueryClient;
}

/** The width the chart has on the page (the export at Screen size draws it at that width). */
function screenChartWidth(): number {
  const chart = document.querySelector<SVGSVGElement>(
    '#chart-panel figure svg[role="img"], main.embed figure svg[role="img"]',
  );
  const width = Number(chart?.getAttribute('width'));
  if (!chart || !width) throw new Error('There is no chart on the page to export yet.');
  return width;
}

/**
 * The frame of the view at `size`: the view's chart drawn again, by the same component as on
 * screen, at the chart's width on the page (Screen) or for the print size's width, so labels are
 * placed for that width instead of the screen's chart being scaled down.
 */
export async function composeAtSize(
  { index, model, colours, link, queryClient }: ExportInput,
  size: ExportSize,
): Promise<ComposedFrame> {
  const kind = model.view.chart;
  const frameWidth = frameWidthFor(size);
  // The kind's code (normally in memory already): its component then draws synchronously.
  if (model.kind.element !== 'table') await preloadChartKind(kind);
  const Chart = model.kind.element === 'table' ? null : (props: ChartProps) => chartFor(model, props);
  // The map draws once its outlines are in (they normally are: the map is on screen).
  if (model.kind.outlines && queryClient) await queryClient.ensureQueryData(europeGeometryQuery);
  return composeView(renderInBrowser, {
    index,
    model,
    colours,
    Chart,
    chartWidth:
      frameWidth === null ? (model.kind.element === 'table' ? 0 : screenChartWidth()) : frameWidth - 48,
    link,
    ...(frameWidth === null ? {} : { minWidth: frameWidth }),
    ...(queryClient ? { queryClient } : {}),
  });
}

/** " (A4 column (16 cm))", or a warning when a wide table cannot keep 8 pt text at that size. */
function sizeNote(composed: ComposedFrame, size: ExportSize): string {
  const pt = printedPt(SMALLEST_TEXT_PX, composed.width, size);
  if (pt === null) return '';
  return pt + 1e-9 >= MIN_TEXT_PT
    ? ` (${size.label})`
    : ` (${size.label}; this view is too wide for that size: its smallest text prints at ${pt.toFixed(1)} pt, choose a wider size)`;
}

/** Makes and downloads one file; returns the message to announce. */
export async function runFileExport(kind: FileExport, input: ExportInput) {
  const { index, model } = input;
  const { view } = model;
  if (kind === 'csv') {
    const csv = viewCsv(index, model);
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportFileName(view, 'csv'));
    return 'CSV downloaded';
  }
  const size = exportSize(input.size ?? 'screen');
  const composed = await composeAtSize(input, size);
  let blob: Blob;
  if (kind === 'png') {
    // Serialized once, already at the PNG's pixel size: the browser draws the SVG once, at that size.
    const pixels = printPngSize(composed, size) ?? pngSize(composed.width, composed.height);
    blob = await svgToPng(serializeExport(composed, pixels).markup, pixels);
    // At a print size the PNG says its resolution, so a word processor places it at that width.
    if (size.widthMm !== null) {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const dpi = dpiOf(pixels.width, size.widthMm);
      blob = new Blob([withPngDpi(bytes, dpi) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
    }
  } else {
    blob = new Blob([serializeExport(composed, undefined, physicalSize(composed, size)).markup], {
      type: 'image/svg+xml',
    });
  }
  download(blob, exportFileName(view, kind));
  return `${kind.toUpperCase()} downloaded${sizeNote(composed, size)}`;
}

/**
 * Copy PNG: the chart image, at the chosen size, on the clipboard (ClipboardItem, image/png) where
 * the browser allows it; otherwise a message that says why and points to Download PNG.
 */
export async function copyPngToClipboard(input: ExportInput): Promise<string> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    return 'This browser does not let a page copy images: use Download PNG instead.';
  }
  const size = exportSize(input.size ?? 'screen');
  let composed: ComposedFrame | null = null;
  const png = composeAtSize(input, size).then((frame) => {
    composed = frame;
    const pixels = printPngSize(frame, size) ?? pngSize(frame.width, frame.height);
    return svgToPng(serializeExport(frame, pixels).markup, pixels);
  });
  try {
    // The item gets the promise, so the copy keeps the click's user activation while the PNG renders.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return `PNG copied${composed ? sizeNote(composed, size) : ''}: paste it into your document`;
  } catch (error) {
    const name = (error as Error).name;
    return name === 'NotAllowedError'
      ? 'The browser did not allow copying the image (permission refused): use Download PNG instead.'
      : `Could not copy the PNG (${(error as Error).message}): use Download PNG instead.`;
  }
}
