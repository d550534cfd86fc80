/// <reference lib="webworker" />
import type { Dataset } from '../data/schema';
import { type ImportOptions, parseImport } from './parseImport';

/** Parses a large import off the main thread, so the page stays responsive. */
self.onmessage = (
  event: MessageEvent<{ text: string; fileName: string; base: Dataset; options?: ImportOptions }>,
) => {
  const { text, fileName, base, options } = event.data;
  self.postMessage(parseImport(text, fileName, base, new Date(), options));
};
