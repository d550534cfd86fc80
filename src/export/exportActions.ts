import type { QueryClient } from '@tanstack/react-query';
import type { DatasetIndex } from '../data/derive';
import { exportFileName } from '../data/exportFileName';
import type { ViewModel } from '../data/viewModel';
import { download } from '../ui/download';
import { buildExportSvg } from './buildExport';
import { type ComposedElement, serializeExport } from './composeSvg';
import { viewCsv } from './csv';
import {
  type ExportSize,
  exportSize,
  frameWidthFor,
  MIN_TEXT_PT,
  physicalSize,
  printedPt,
  printPngSize,
  SMALLEST_TEXT_PX,
} from './exportSizes';
import { pngSize, svgToPng } from './png';
import { dpiOf, withPngDpi } from './pngDpi';
import { renderChartAt } from './renderChartAt';

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

/** The frame of the view at `size`: at a print size, the chart is drawn again for that width. */
export async function composeAtSize(
  { index, model, colours, link, queryClient }: ExportInput,
  size: ExportSize,
): Promise<ComposedElement> {
  const frameWidth = frameWidthFor(size);
  if (frameWidth === null || !queryClient) return buildExportSvg(model, colours, link);
  const chart =
    model.kind.element === 'table'
      ? null
      : await renderChartAt({ index, model, colours, width: frameWidth - 48, queryClient });
  return buildExportSvg(model, colours, link, document, { chart, frameWidth });
}

/** " (A4 column (16 cm))", or a warning when a wide table cannot keep 8 pt text at that size. */
function sizeNote(composed: ComposedElement, size: ExportSize): string {
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
  let composed: ComposedElement | null = null;
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
