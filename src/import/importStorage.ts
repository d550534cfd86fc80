import { createStore, del, get, set } from 'idb-keyval';
import type { RowProblem } from '../data/observationRows';
import type { SetAsideRecord } from './importedSchema';
import type { ImportedData } from './parseImport';
import { STORED_FORMAT } from './storedFormat';

/**
 * Imported data lives in this browser's IndexedDB only; it is never uploaded anywhere. What is
 * stored is read record by record (src/import/importedSchema.ts): a record that does not read is
 * moved to its own key, never deleted, until the analyst exports or deletes it.
 */

/** v2: `{ version, imports }`. */
const KEY = 'own-data';
/** v1: the bare array of imports; migrated to KEY on first read, then removed. */
const KEY_V1 = 'imports';
/** Records that could not be read, each with its reason. */
const SET_ASIDE_KEY = 'set-aside';

const store = typeof indexedDB === 'undefined' ? null : createStore('epsos-indicators', 'user-data');

export interface LoadedImports {
  imports: ImportedData[];
  setAside: SetAsideRecord[];
}

/** What an error says, for a reader: its name (QuotaExceededError, NotFoundError …) and message. */
export function describeStorageError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { name, message } = error as { name?: string; message: string };
    return name && name !== 'Error' && !message.includes(name) ? `${name}: ${message}` : message;
  }
  return String(error);
}

/** The same operation, its error in words (the store shows `message` as it is). */
function inWords<A extends unknown[], T>(run: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return (...args) =>
    run(...args).catch((error: unknown) => {
      throw new Error(describeStorageError(error));
    });
}

/**
 * What is stored, read within `waitMs`: never a wait without an end (a database blocked by another
 * tab, a broken profile) — the dashboard then opens without the stored data, and says so.
 */
export const loadImports = inWords(async (waitMs: number = 8000): Promise<LoadedImports> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the browser's storage did not answer within ${waitMs / 1000} s`)),
      waitMs,
    );
  });
  try {
    return await Promise.race([read(), late]);
  } finally {
    clearTimeout(timer);
  }
});

async function read(): Promise<LoadedImports> {
  if (!store) return { imports: [], setAside: [] };
  const [current, v1, aside] = await Promise.all([
    get(KEY, store),
    get(KEY_V1, store),
    get(SET_ASIDE_KEY, store),
  ]);
  const earlier: SetAsideRecord[] = Array.isArray(aside) ? (aside as SetAsideRecord[]) : [];
  const raw = current ?? v1;
  // Most visits have nothing stored: the validator (zod and the data schema) loads only when needed.
  if (raw === undefined) return { imports: [], setAside: earlier };
  // A static import of zod's functions inside the schema module: a dynamic import('zod/mini') here
  // kept the whole namespace (every locale, JSON Schema): 83 KB gzip, against 5.8 KB now.
  const { readStoredImports, storedValue } = await import('./importedSchema');
  const read = readStoredImports(raw);
  const setAside = [...earlier, ...read.setAside];
  if (read.rewrite || current === undefined) {
    // What was set aside is written first: if the rewrite fails half-way, nothing is lost.
    if (read.setAside.length > 0) await set(SET_ASIDE_KEY, setAside, store);
    await set(KEY, storedValue(read.imports), store);
    if (v1 !== undefined) await del(KEY_V1, store);
  }
  return { imports: read.imports, setAside };
}

/** Stores the imports; rejects (quota, private mode, a database without its store) so the caller can say so. */
export const saveImports = inWords(async (imports: readonly ImportedData[]): Promise<void> => {
  if (!store) throw new Error('this browser offers no storage (IndexedDB) to this page');
  // Written at once, without loading the validator: a page left right after Add data keeps it.
  await set(KEY, { version: STORED_FORMAT, imports: [...imports] }, store);
});

/** Adds records to the set-aside list (a merge that refused them). */
export const setAsideImports = inWords(async (records: readonly SetAsideRecord[]): Promise<void> => {
  if (!store || records.length === 0) return;
  const aside = await get(SET_ASIDE_KEY, store);
  await set(SET_ASIDE_KEY, [...(Array.isArray(aside) ? aside : []), ...records], store);
});

/** Deletes what was set aside, once the analyst has chosen to. */
export const deleteSetAside = inWords(async (): Promise<void> => {
  if (store) await del(SET_ASIDE_KEY, store);
});

/**
 * Moves imports the merge refused out of the loaded ones into the set-aside list (and its key), so
 * the notice names them. Data from a link was never stored: it leaves, and its notice says why.
 */
/** What setting aside reads and writes of the import store (importStore.ts passes its own set and get). */
export interface AsideSlice {
  imports: ImportedData[];
  linked: ImportedData[];
  setAside: SetAsideRecord[];
  linkNotice: { problem: string | null; rejected: RowProblem[] } | null;
  storageProblem: { kind: 'load' | 'save'; detail: string } | null;
}

export async function setAsideRefused(
  set: (partial: Partial<AsideSlice>) => void,
  get: () => AsideSlice,
  refused: readonly { data: ImportedData; reason: string }[],
  persist: () => Promise<void>,
): Promise<void> {
  const { imports, linked, setAside } = get();
  const out = new Set(refused.map((r) => r.data));
  const at = new Date().toISOString();
  const records = refused
    .filter((r) => imports.includes(r.data))
    .map((r) => ({ label: r.data.fileName, reason: r.reason, setAsideAt: at, record: r.data as unknown }));
  const fromLink = refused.find((r) => linked.includes(r.data));
  set({
    imports: imports.filter((i) => !out.has(i)),
    linked: linked.filter((i) => !out.has(i)),
    setAside: [...setAside, ...records],
    ...(fromLink && {
      linkNotice: { problem: `the data in the link could not be merged (${fromLink.reason})`, rejected: [] },
    }),
  });
  if (records.length === 0) return;
  try {
    await setAsideImports(records);
    await persist();
  } catch (error) {
    set({ storageProblem: { kind: 'save', detail: (error as Error).message } });
  }
}
