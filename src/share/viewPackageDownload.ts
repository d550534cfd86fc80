import type { DatasetIndex } from '../data/derive';
import { exportFileName } from '../data/exportFileName';
import type { ViewModel } from '../data/viewModel';
import { download } from '../ui/download';
import { zipPackage } from './packageZip';
import { viewPackageFiles } from './viewPackage';

/** Lazy chunk: the view's data package as a ZIP, built in the browser and downloaded. */
export function viewPackageBlob(index: DatasetIndex, model: ViewModel, link: string, now = new Date()): Blob {
  const zip = zipPackage(viewPackageFiles(index, model, link, now), now);
  return new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

export function downloadViewPackage(index: DatasetIndex, model: ViewModel, link: string): string {
  const name = exportFileName(model.view, 'zip');
  download(viewPackageBlob(index, model, link), name);
  return `Data of this view downloaded (${name})`;
}
