/// <reference lib="webworker" />
import type { Dataset } from '../data/schema';
import { postImports } from './chunkedImports';
import { type ImportOptions, parseImport } from './parseImport';

/**
 * Parses a large import off the main thread, so the page stays responsive; answers in pieces
 * (chunkedImports.ts), each a short task for the page to receive.
 */
self.onmessage = (
  event: MessageEvent<{ text: string; fileName: string; base: Dataset; options?: ImportOptions }>,
) => {
  const { text, fileName, base, options } = event.data;
  const result = parseImport(text, fileName, base, new Date(), options);
  void postImports((m) => self.postMessage(m), result.data ? [result.data] : [], { ...result, data: null });
};
