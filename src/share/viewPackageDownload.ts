import type { DatasetIndex } from '../data/derive';
import { exportFileName } from '../export/fileName';
import { download } from '../export/png';
import type { ViewState } from '../state/view';
import { zipPackage } from './packageZip';
import { viewPackageFiles } from './viewPackage';

/** Lazy chunk: the view's data package as a ZIP, built in the browser and downloaded. */
export function viewPackageBlob(index: DatasetIndex, view: ViewState, link: string, now = new Date()): Blob {
  const zip = zipPackage(viewPackageFiles(index, view, link, now), now);
  return new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

export function downloadViewPackage(index: DatasetIndex, view: ViewState, link: string): string {
  const name = exportFileName(view, 'zip');
  download(viewPackageBlob(index, view, link), name);
  return `Data of this view downloaded (${name})`;
}
