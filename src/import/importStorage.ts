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
  // A static import of zod's functions inside the schema module: a dynamic import('zod/mini') here
  // kept the whole namespace (every locale, JSON Schema): 83 KB gzip, against 5.8 KB now.
  const { readStoredImports } = await import('./importedSchema');
  const stored = readStoredImports(raw);
  if (!stored) {
    // Stored data this version cannot read is dropped rather than breaking the dashboard.
    await del(KEY, store);
    return [];
  }
  return stored;
}

export async function saveImports(imports: readonly ImportedData[]): Promise<void> {
  if (!store) return;
  if (imports.length === 0) await del(KEY, store);
  else await set(KEY, imports, store);
}
