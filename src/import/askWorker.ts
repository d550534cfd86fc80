import { yieldToMain } from '../data/indexInSlices';
import { postImports } from './chunkedImports';
import type { ImportedData } from './parseImport';

/**
 * Starts a worker, sends it `imports` and then `rest` in pieces (the page's main thread given back
 * between them: chunkedImports.ts), and resolves with the worker's one answer, or `undefined` when
 * the worker could not start or failed (the caller then does the work on the page).
 */
export function askWorker<Answer>(
  start: () => Worker,
  imports: readonly ImportedData[],
  rest: unknown,
): Promise<Answer | undefined> {
  return new Promise((resolve) => {
    const worker = start();
    worker.onmessage = (event: MessageEvent<Answer>) => {
      worker.terminate();
      resolve(event.data);
    };
    // A worker that fails, an answer that cannot be read, or a piece that cannot be sent (a clone
    // error): never a promise left waiting, which would hold the tab's queue of writes.
    const fail = () => {
      worker.terminate();
      resolve(undefined);
    };
    worker.onerror = fail;
    worker.onmessageerror = fail;
    postImports((m) => worker.postMessage(m), imports, rest, yieldToMain).catch(fail);
  });
}
