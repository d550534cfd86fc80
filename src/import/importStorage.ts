import { createStore, del, get, set } from 'idb-keyval';
import type { ImportedData } from './parseImport';

/** Imported data lives in this browser's IndexedDB only; it is never uploaded anywhere. */

const KEY = 'imports';
const store = typeof indexedDB === 'undefined' ? null : createStore('epsos-indicators', 'user-data');

export async function loadImports(): Promise<ImportedData[]> {
  if (!store) return [];
  const raw = await get(KEY, store);
  // Most visits have nothing stored: the validator (zod and the data schema) loads only when needed.
  if (raw === undefined) return [];
  const [{ safeParse }, { importedSchema }] = await Promise.all([
    import('zod/mini'),
    import('./importedSchema'),
  ]);
  const parsed = safeParse(importedSchema, raw);
  if (!parsed.success) {
    // Stored data this version cannot read is dropped rather than breaking the dashboard.
    await del(KEY, store);
    return [];
  }
  return parsed.data;
}

export async function saveImports(imports: readonly ImportedData[]): Promise<void> {
  if (!store) return;
  if (imports.length === 0) await del(KEY, store);
  else await set(KEY, imports, store);
}
