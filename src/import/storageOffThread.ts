import { askWorker } from './askWorker';
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
  // The worker could not start: `undefined`, and the page writes it itself.
  const answer = await askWorker<string | null>(
    () => new Worker(new URL('./storageWorker.ts', import.meta.url), { type: 'module' }),
    add,
    rest,
  );
  if (answer === undefined) return changeImports(edit);
  if (answer !== null) throw new Error(answer);
}
