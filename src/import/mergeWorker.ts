/// <reference lib="webworker" />
import type { Dataset } from '../data/schema';
import { type ImportsMessage, importsReceiver } from './chunkedImports';
import { type MergeVerdict, mergeEach, withoutBuiltInRows } from './parseImport';

/**
 * Checks the merge of large imports off the main thread (zod over every row): answers with the imports
 * that do not merge and why, and those with no row on a built-in indicator, not the merged dataset
 * (the page merges the rest itself, unchecked again, and skips that check of every row for the clean
 * ones: 70–100 ms for 50,000 rows at 4× CPU). The imports arrive in pieces (chunkedImports.ts), the
 * base dataset with the last one.
 */
const receive = importsReceiver((imports, base) => {
  const { refused } = mergeEach(base as Dataset, imports);
  const verdict: MergeVerdict = {
    refused: refused.map(({ data, reason }) => ({ id: data.id, reason })),
    clean: withoutBuiltInRows(base as Dataset, imports),
  };
  self.postMessage(verdict);
});
self.onmessage = (event: MessageEvent<ImportsMessage>) => receive(event.data);
