/// <reference lib="webworker" />
import type { Dataset } from '../data/schema';
import { type ImportedData, mergeEach } from './parseImport';

/**
 * Checks the merge of large imports off the main thread (zod over every row): answers with the imports
 * that do not merge and why, not the merged dataset (the page merges the rest itself, unchecked again).
 */
self.onmessage = (event: MessageEvent<{ base: Dataset; imports: ImportedData[] }>) => {
  const { refused } = mergeEach(event.data.base, event.data.imports);
  self.postMessage(refused.map(({ data, reason }) => ({ id: data.id, reason })));
};
