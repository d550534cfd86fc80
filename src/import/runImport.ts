import type { DatasetIndex } from '../data/derive';
import { indexInSlices, inSlices, yieldToMain } from '../data/indexInSlices';
import { viewModelSteps } from '../data/prepareView';
import type { Dataset } from '../data/schema';
import { useViewStore } from '../state/store';
import { askWorker } from './askWorker';
import { type ImportsMessage, importsReceiver } from './chunkedImports';
import { type DecodedText, decodeCsvBytes } from './decodeCsv';
import {
  type ImportedData,
  type ImportOptions,
  type ImportResult,
  MAX_IMPORT_BYTES,
  type MergeVerdict,
  mergeChecked,
  mergeEach,
  parseImport,
} from './parseImport';

export { joinLanded } from './joinView';

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
  return startImportWorker(text, fileName, base, options);
}

/** The parse in a worker; the text is sent in a task of its own (its structured clone of a 50,000-row
 * file: 25 ms at 4× CPU, after the file's decoding and the removal of zero-width characters). */
async function startImportWorker(
  text: string,
  fileName: string,
  base: Dataset,
  options: ImportOptions,
): Promise<ImportResult> {
  await yieldToMain();
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    // The result comes in pieces, each a short task (chunkedImports.ts).
    const receive = importsReceiver((imports, rest) => {
      worker.terminate();
      resolve({ ...(rest as ImportResult), data: imports[0] ?? null });
    });
    worker.onmessage = (event: MessageEvent<ImportsMessage>) => receive(event.data);
    worker.onerror = () => {
      worker.terminate();
      resolve(parseImport(text, fileName, base, new Date(), options));
    };
    worker.postMessage({ text, fileName, base, options });
  });
}

/** Imports with more rows than this are checked in a Web Worker when merged. */
export const MERGE_WORKER_ROWS = 5000;

/**
 * `mergeEach` with the check of large imports (every row through zod: seconds for 50,000 rows at 4×
 * CPU) in a worker (mergeWorker.ts), so the page stays responsive; the page then merges what passed.
 */
export async function mergeOffThread(
  base: Dataset,
  imports: readonly ImportedData[],
): Promise<ReturnType<typeof mergeEach> & { index: DatasetIndex; prepare: () => Promise<void> }> {
  const merge = await checkOffThread(base, imports);
  // The index of the merged data, built in slices (src/data/indexInSlices.ts).
  const index = await indexInSlices(merge.merged);
  return { ...merge, index, prepare: () => prepareView(index) };
}

/**
 * The slow parts of the view's model on the merged index (src/data/prepareView.ts), resolved in
 * slices before the merge's render, which then finds them built: that render, one task, stays short.
 * The view is the store's, with the import joined (joinView.ts): `mergeOffThread`'s `prepare`, called
 * once it has.
 */
async function prepareView(index: DatasetIndex): Promise<void> {
  // First the main thread back: the index's last slice and the join's render ran in this task.
  await yieldToMain();
  const { view } = useViewStore.getState();
  if (view) await inSlices(viewModelSteps(index, view));
}

async function checkOffThread(
  base: Dataset,
  imports: readonly ImportedData[],
): Promise<ReturnType<typeof mergeEach>> {
  const rows = imports.reduce((n, d) => n + d.observations.length, 0);
  if (rows <= MERGE_WORKER_ROWS || typeof Worker === 'undefined') return mergeEach(base, imports);
  const verdict = await askWorker<MergeVerdict>(
    () => new Worker(new URL('./mergeWorker.ts', import.meta.url), { type: 'module' }),
    imports,
    base,
  );
  if (!verdict) return mergeEach(base, imports);
  const reasons = new Map(verdict.refused.map((v) => [v.id, v.reason]));
  return {
    merged: mergeChecked(
      base,
      imports.filter((d) => !reasons.has(d.id)),
      new Set(verdict.clean),
    ),
    refused: imports.flatMap((data) => {
      const reason = reasons.get(data.id);
      return reason === undefined ? [] : [{ data, reason }];
    }),
  };
}
