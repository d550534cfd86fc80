/// <reference lib="webworker" />
import type { Dataset } from '../data/schema';
import { parseImport } from './parseImport';

/** Parses a large import off the main thread, so the page stays responsive. */
self.onmessage = (event: MessageEvent<{ text: string; fileName: string; base: Dataset }>) => {
  const { text, fileName, base } = event.data;
  self.postMessage(parseImport(text, fileName, base));
};
