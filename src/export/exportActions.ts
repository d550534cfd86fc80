import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';
import { buildExportSvg } from './buildExport';
import { serializeExport } from './composeSvg';
import { viewCsv } from './csv';
import { exportFileName } from './fileName';
import { download, pngSize, svgToPng } from './png';

/** The file exports, loaded on first use (they are not needed to read the chart). */

export type FileExport = 'png' | 'svg' | 'csv';

export interface ExportInput {
  index: DatasetIndex;
  model: ViewModel;
  colours: ReadonlyMap<string, string>;
  link: string;
}

/** Makes and downloads one file; returns the message to announce. */
export async function runFileExport(kind: FileExport, { index, model, colours, link }: ExportInput) {
  const { view } = model;
  if (kind === 'csv') {
    const csv = viewCsv(index, model);
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportFileName(view, 'csv'));
    return 'CSV downloaded';
  }
  const composed = buildExportSvg(model, colours, link);
  let blob: Blob;
  if (kind === 'png') {
    // Serialized once, already at the PNG's pixel size: the browser draws the SVG once, at that size.
    const size = pngSize(composed.width, composed.height);
    blob = await svgToPng(serializeExport(composed, size).markup, size);
  } else {
    blob = new Blob([serializeExport(composed).markup], { type: 'image/svg+xml' });
  }
  download(blob, exportFileName(view, kind));
  return `${kind.toUpperCase()} downloaded`;
}

/**
 * Copy PNG: the chart image on the clipboard (ClipboardItem, image/png) where the browser allows
 * it; otherwise a message that says why and points to Download PNG.
 */
export async function copyPngToClipboard({ model, colours, link }: ExportInput): Promise<string> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    return 'This browser does not let a page copy images: use Download PNG instead.';
  }
  const composed = buildExportSvg(model, colours, link);
  const size = pngSize(composed.width, composed.height);
  const png = svgToPng(serializeExport(composed, size).markup, size);
  try {
    // The item gets the promise, so the copy keeps the click's user activation while the PNG renders.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return 'PNG copied: paste it into your document';
  } catch (error) {
    const name = (error as Error).name;
    return name === 'NotAllowedError'
      ? 'The browser did not allow copying the image (permission refused): use Download PNG instead.'
      : `Could not copy the PNG (${(error as Error).message}): use Download PNG instead.`;
  }
}
