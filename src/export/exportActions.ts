import type { DatasetIndex } from '../data/derive';
import type { ViewState } from '../state/view';
import { buildExportSvg } from './buildExport';
import { viewCsv } from './csv';
import { exportFileName } from './fileName';
import { download, svgToPng } from './png';

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
  const svg = buildExportSvg(index, view, colours, link);
  const blob =
    kind === 'png'
      ? await svgToPng(svg.markup, svg.width, svg.height)
      : new Blob([svg.markup], { type: 'image/svg+xml' });
  download(blob, exportFileName(view, kind));
  return `${kind.toUpperCase()} downloaded`;
}
