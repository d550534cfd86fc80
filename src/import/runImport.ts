import type { Dataset } from '../data/schema';
import { type DecodedText, decodeCsvBytes } from './decodeCsv';
import { type ImportOptions, type ImportResult, MAX_IMPORT_BYTES, parseImport } from './parseImport';

/** Files above this size are parsed in a Web Worker. */
export const WORKER_THRESHOLD_BYTES = 256 * 1024;

/** The file's text and the encoding it was read in (src/import/decodeCsv.ts), or why it is refused. */
export async function readImportFile(file: File): Promise<DecodedText | ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      data: null,
      rejected: [],
      refused: `The file is larger than 5 MB (${(file.size / 1048576).toFixed(1)} MB).`,
      delimiter: ',',
    };
  }
  if (file.type && !/^(text\/|application\/(vnd\.ms-excel|csv))/.test(file.type)) {
    return { data: null, rejected: [], refused: `This is not a CSV file (${file.type}).`, delimiter: ',' };
  }
  return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
}

export function runImport(
  text: string,
  fileName: string,
  base: Dataset,
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (text.length < WORKER_THRESHOLD_BYTES || typeof Worker === 'undefined') {
    return Promise.resolve(parseImport(text, fileName, base, new Date(), options));
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(parseImport(text, fileName, base, new Date(), options));
    };
    worker.postMessage({ text, fileName, base, options });
  });
}
