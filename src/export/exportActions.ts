import type { DatasetIndex } from '../data/derive';
import type { ViewState } from '../state/view';
import { buildExportSvg } from './buildExport';
import { serializeExport } from './composeSvg';
import { viewCsv } from './csv';
import { exportFileName } from './fileName';
import { download, pngScale, svgToPng } from './png';

/** The file exports, loaded on first use (they are not needed to read the chart). */

export type FileExport = 'png' | 'svg' | 'csv';

export interface ExportInput {
  index: DatasetIndex;
  view: ViewState;
  colours: ReadonlyMap<string, string>;
  link: string;
}

/** Makes and downloads one file; returns the message to announce. */
export async function runFileExport(kind: FileExport, { index, view, colours, link }: ExportInput) {
  if (kind === 'csv') {
    const csv = viewCsv(index, view);
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportFileName(view, 'csv'));
    return 'CSV downloaded';
  }
  const composed = buildExportSvg(index, view, colours, link);
  let blob: Blob;
  if (kind === 'png') {
    // Serialized once, already at the PNG's pixel size: the browser draws the SVG once, at that size.
    const scale = pngScale(composed.width);
    blob = await svgToPng(serializeExport(composed, scale).markup, composed.width, composed.height, scale);
  } else {
    blob = new Blob([serializeExport(composed).markup], { type: 'image/svg+xml' });
  }
  download(blob, exportFileName(view, kind));
  return `${kind.toUpperCase()} downloaded`;
}
