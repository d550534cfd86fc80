import { yieldToMain } from '../data/indexInSlices';
import { postImports } from './chunkedImports';
import type { StoredEdit } from './storedEdits';

/**
 * `changeImports` (importStorage.ts) in a worker, for an edit that adds a large import (the page
 * sends it in pieces and stays responsive); on the page when the worker fails to start.
 */
export async function changeOffThread(
  edit: StoredEdit,
  changeImports: (edit: StoredEdit) => Promise<void>,
): Promise<void> {
  const { add = [], ...rest } = edit;
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
