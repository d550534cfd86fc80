import { createStore, del, get, set } from 'idb-keyval';
import * as z from 'zod/mini';
import { indicatorSchema, observationSchema, sourceSchema } from '../data/schema';
import type { ImportedData } from './parseImport';

/** Imported data lives in this browser's IndexedDB only; it is never uploaded anywhere. */

const KEY = 'imports';
const store = typeof indexedDB === 'undefined' ? null : createStore('epsos-indicators', 'user-data');

const importedSchema = z.array(
  z.object({
    id: z.string(),
    fileName: z.string(),
    importedAt: z.string(),
    indicators: z.array(indicatorSchema),
    sources: z.array(sourceSchema),
    observations: z.array(observationSchema),
  }),
);

export async function loadImports(): Promise<ImportedData[]> {
  if (!store) return [];
  const raw = await get(KEY, store);
  const parsed = z.safeParse(importedSchema, raw ?? []);
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
