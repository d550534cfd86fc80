/// <reference lib="webworker" />
import { importsReceiver } from './chunkedImports';
import { changeImports } from './importStorage';
import type { StoredEdit } from './storedEdits';

/**
 * Applies one edit of what this browser stores (importStorage.ts, one IndexedDB transaction) off the
 * main thread: the structured clone of a large import into IndexedDB took a quarter of a second of
 * the page's main thread at 4× CPU. The records to add arrive in pieces (chunkedImports.ts), the rest
 * of the edit with the last one; the answer is null, or what went wrong in words.
 */
const receive = importsReceiver((add, rest) => {
  changeImports({ ...(rest as Omit<StoredEdit, 'add'>), add }).then(
    () => self.postMessage(null),
    (error: Error) => self.postMessage(error.message),
  );
});
self.onmessage = (event) => receive(event.data);
