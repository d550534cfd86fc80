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
    worker.onerror = () => {
      worker.terminate();
      resolve(undefined);
    };
    void postImports((m) => worker.postMessage(m), imports, rest, yieldToMain);
  });
}
