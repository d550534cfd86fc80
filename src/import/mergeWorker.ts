/// <reference lib="webworker" />
import type { Dataset } from '../data/schema';
import { type ImportsMessage, importsReceiver } from './chunkedImports';
import { mergeEach } from './parseImport';

/**
 * Checks the merge of large imports off the main thread (zod over every row): answers with the imports
 * that do not merge and why, not the merged dataset (the page merges the rest itself, unchecked again).
 * The imports arrive in pieces (chunkedImports.ts), the base dataset with the last one.
 */
const receive = importsReceiver((imports, base) => {
  const { refused } = mergeEach(base as Dataset, imports);
  self.postMessage(refused.map(({ data, reason }) => ({ id: data.id, reason })));
});
self.onmessage = (event: MessageEvent<ImportsMessage>) => receive(event.data);
