import { yieldToMain } from '../data/indexInSlices';
import { postImports } from './chunkedImports';
import type { StoredEdit } from './storedEdits';

/** Edits that add more rows than this are written by a worker (storageWorker.ts). */
export const STORAGE_WORKER_ROWS = 5000;

/**
 * `changeImports` (importStorage.ts), in a worker when the edit adds a large import (the page sends
 * it in pieces and stays responsive); on the page where there are no workers, or the worker fails to start.
 */
export async function changeOffThread(
  edit: StoredEdit,
  changeImports: (edit: StoredEdit) => Promise<void>,
): Promise<void> {
  const { add = [], ...rest } = edit;
  const rows = add.reduce((n, d) => n + d.observations.length, 0);
  if (rows <= STORAGE_WORKER_ROWS || typeof Worker === 'undefined') return changeImports(edit);
  const answer = await new Promise<string | null | undefined>((resolve) => {
    const worker = new Worker(new URL('./storageWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<string | null>) => {
      worker.terminate();
      resolve(event.data);
    };
    // The worker could not start: `undefined`, and the page writes it itself.
    worker.onerror = () => {
      worker.terminate();
      resolve(undefined);
    };
    void postImports((m) => worker.postMessage(m), add, rest, yieldToMain);
  });
  if (answer === undefined) return changeImports(edit);
  if (answer !== null) throw new Error(answer);
}
