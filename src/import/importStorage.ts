import { createStore, delMany, getMany } from 'idb-keyval';
import type { RowProblem } from '../data/observationRows';
import type { SetAsideRecord } from './importedSchema';
import type { ImportedData } from './parseImport';
import {
  applyEdit,
  asideKey,
  asideList,
  isCurrentFormat,
  readSetAside,
  type StoredEdit,
  type StoredValue,
  withoutAside,
} from './storedEdits';
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

/** The keys one transaction reads (and may write). */
const KEYS = [KEY, KEY_V1, SET_ASIDE_KEY] as const;
type Key = (typeof KEYS)[number];
interface Stored {
  current: unknown;
  v1: unknown;
  aside: unknown;
}
/** What a transaction writes: a key with `undefined` is deleted. */
type Writes = Partial<Record<Key, unknown>>;
type Schema = typeof import('./importedSchema');

/**
 * Reads the keys and writes what `change` makes of them, in one IndexedDB transaction: a write of
 * another tab comes wholly before or wholly after it, never between the read and the write.
 */
function transaction<T>(change: (stored: Stored) => { writes: Writes; result: T }): Promise<T> {
  const db = store;
  if (!db) return Promise.reject(new Error('this browser offers no storage (IndexedDB) to this page'));
  return db(
    'readwrite',
    (os) =>
      new Promise<T>((resolve, reject) => {
        const tx = os.transaction;
        const values: unknown[] = [];
        let left = KEYS.length;
        let result: T;
        tx.oncomplete = () => resolve(result);
        tx.onabort = () => reject(tx.error ?? new Error('the browser ended the storage transaction'));
        KEYS.forEach((key, i) => {
          const request = os.get(key);
          request.onsuccess = () => {
            values[i] = request.result;
            left -= 1;
            if (left > 0) return;
            try {
              const out = change({ current: values[0], v1: values[1], aside: values[2] });
              result = out.result;
              for (const [k, v] of Object.entries(out.writes)) {
                if (v === undefined) os.delete(k);
                else os.put(v, k);
              }
            } catch (error) {
              reject(error);
              tx.abort();
            }
          };
        });
      }),
  );
}

/**
 * What is stored, each record read (migrated from v1, repaired, or set aside), with the writes that
 * bring the store to the current format when it is not.
 */
function readAll(s: Stored, schema: Schema): LoadedImports & { writes: Writes } {
  const earlier = readSetAside(s.aside);
  const raw = s.current ?? s.v1;
  if (raw === undefined) return { imports: [], setAside: earlier, writes: {} };
  const read = schema.readStoredImports(raw);
  const writes: Writes = {};
  if (read.rewrite || s.current === undefined) {
    if (read.setAside.length > 0) writes[SET_ASIDE_KEY] = [...asideList(s.aside), ...read.setAside];
    writes[KEY] = schema.storedValue(read.imports);
    if (s.v1 !== undefined) writes[KEY_V1] = undefined;
  }
  return { imports: read.imports, setAside: [...earlier, ...read.setAside], writes };
}

async function read(): Promise<LoadedImports> {
  if (!store) return { imports: [], setAside: [] };
  const [current, v1, aside] = await getMany([...KEYS], store);
  // Most visits have nothing stored: the validator (zod and the data schema) loads only when needed.
  if ((current ?? v1) === undefined) return { imports: [], setAside: readSetAside(aside) };
  // A static import of zod's functions inside the schema module: a dynamic import('zod/mini') here
  // kept the whole namespace (every locale, JSON Schema): 83 KB gzip, against 5.8 KB now.
  const schema = await import('./importedSchema');
  const first = readAll({ current, v1, aside }, schema);
  if (Object.keys(first.writes).length === 0) return first;
  // Migrated or repaired: read again and written in one transaction (another tab may have written since).
  return transaction((s) => {
    const { writes, ...loaded } = readAll(s, schema);
    return { writes, result: loaded };
  });
}

/**
 * Applies one edit to what is stored (src/import/storedEdits.ts), in one transaction; rejects
 * (quota, private mode, a database without its store) so the caller can say so.
 */
export const changeImports = inWords(async (edit: StoredEdit): Promise<void> => {
  const appendAside = (aside: unknown, writes: Writes) => {
    const kept = edit.deleteAside?.length ? withoutAside(aside, edit.deleteAside) : asideList(aside);
    const list = [...kept, ...(edit.setAside ?? [])];
    if (edit.setAside?.length || edit.deleteAside?.length)
      writes[SET_ASIDE_KEY] = list.length > 0 ? list : undefined;
    return writes;
  };
  // An edit of the set-aside list alone writes nothing else.
  const ownData = Boolean(edit.add?.length || edit.remove?.length);
  // The current format is edited as it is, without loading the validator: a page left right after
  // Add data keeps it.
  const done = await transaction((s) => {
    if (s.v1 !== undefined || (s.current !== undefined && !isCurrentFormat(s.current)))
      return { writes: {}, result: false };
    const records = isCurrentFormat(s.current) ? s.current.imports : [];
    const value: StoredValue = { version: STORED_FORMAT, imports: applyEdit(records, edit) };
    return { writes: appendAside(s.aside, ownData ? { [KEY]: value } : {}), result: true };
  });
  if (done) return;
  // An older format: read (and migrated) first, in the same transaction as the edit.
  const schema = await import('./importedSchema');
  await transaction((s) => {
    const { imports, writes } = readAll(s, schema);
    const aside = writes[SET_ASIDE_KEY] ?? s.aside;
    writes[KEY] = { version: STORED_FORMAT, imports: applyEdit(imports, edit) };
    return { writes: appendAside(aside, writes), result: undefined };
  });
});

/** Edits that add more rows than this are written by a worker (storageOffThread.ts). */
export const STORAGE_WORKER_ROWS = 5000;

/**
 * `change`, in a worker when the edit adds a large import (storageOffThread.ts); any other edit at
 * once, in this task (a page left right after Add data keeps it: no code is fetched first).
 */
export const offThread =
  (change: (edit: StoredEdit) => Promise<void>) =>
  (edit: StoredEdit): Promise<void> =>
    (edit.add ?? []).reduce((n, d) => n + d.observations.length, 0) <= STORAGE_WORKER_ROWS ||
    typeof Worker === 'undefined'
      ? change(edit)
      : // Its code cannot be fetched (offline, a new deployment): the page writes it itself.
        import('./storageOffThread').then(
          (m) => m.changeOffThread(edit, change),
          () => change(edit),
        );

/**
 * Deletes the set-aside records the notice listed, in storage (through the store's queue of writes,
 * which tells the other tabs): one set aside since by another tab stays. They stay listed until the
 * delete is written (writeEdit takes them off the list then, in the same turn of the queue, so no
 * re-read can bring them back); a delete refused or failed says so and leaves them listed. A record
 * already being deleted is not asked for again (a second click).
 */
export async function deleteShownAside(
  tab: TabSync,
  records: readonly SetAsideRecord[],
  write: (edit: StoredEdit) => Promise<unknown>,
  set: (partial: { deletingAside: boolean }) => void = () => {},
): Promise<void> {
  const asked = records.filter((r) => !tab.deletingAside.has(asideKey(r)));
  if (asked.length === 0) return;
  for (const r of asked) tab.deletingAside.add(asideKey(r));
  // The notice's button says Deleting… until the delete is written, refused or failed.
  set({ deletingAside: true });
  try {
    await write({ deleteAside: asked });
  } finally {
    set({ deletingAside: tab.deletingAside.size > 0 });
  }
}

/**
 * Deletes the set-aside records the analyst chose to delete (as this tab shows them), in one
 * transaction: one another tab set aside since stays (the import store says so to the other tabs).
 */
export const deleteSetAside = (records: readonly SetAsideRecord[]): Promise<void> =>
  changeImports({ deleteAside: records });

/** What went wrong with this browser's storage: reading it, keeping data in it, or taking an import out. */
export interface StorageProblem {
  kind: 'load' | 'save' | 'remove';
  detail: string;
  /** The files a removal that could not be written would have taken out (by their names). */
  files?: readonly string[];
}

/** What setting aside reads and writes of the import store (importStore.ts passes its own set and get). */
export interface AsideSlice {
  imports: ImportedData[];
  linked: ImportedData[];
  setAside: SetAsideRecord[];
  linkNotice: { problem: string | null; rejected: RowProblem[] } | null;
  storageProblem: StorageProblem | null;
}

/**
 * Moves imports the merge refused out of the loaded ones into the set-aside list (and its key, in
 * the one transaction that takes them out of the stored list), so the notice names them. Data from
 * a link was never stored: it leaves, and its notice says why.
 */
export async function setAsideRefused(
  tab: TabSync,
  set: (partial: Partial<AsideSlice>) => void,
  get: () => AsideSlice,
  refused: readonly { data: ImportedData; reason: string }[],
  write: (edit: StoredEdit) => Promise<unknown>,
): Promise<void> {
  const { imports, linked, setAside } = get();
  const out = new Set(refused.map((r) => r.data));
  const at = new Date().toISOString();
  const moved = refused.filter((r) => imports.includes(r.data));
  const records = moved.map((r) => ({
    label: r.data.fileName,
    reason: r.reason,
    setAsideAt: at,
    record: r.data as unknown,
  }));
  const fromLink = refused.find((r) => linked.includes(r.data));
  // Until written, a re-read (another tab's change) neither brings them back among the imports nor
  // takes them off the set-aside list.
  for (const r of moved) tab.removing.add(r.data.id);
  tab.settingAside.push(...records);
  set({
    imports: imports.filter((i) => !out.has(i)),
    linked: linked.filter((i) => !out.has(i)),
    setAside: [...setAside, ...records],
    ...(fromLink && {
      linkNotice: { problem: `the data in the link could not be merged (${fromLink.reason})`, rejected: [] },
    }),
  });
  if (records.length > 0) await write({ remove: moved.map((r) => r.data.id), setAside: records });
}

/** What removing an import reads and writes of the import store (importStore.ts passes its own set and get). */
export interface RemoveSlice {
  imports: ImportedData[];
  removing: string[];
  report: { shown?: { importId: string } | null } | null;
}

/**
 * Takes an import out: it stays listed ("Deleting…") and in the view until its removal is written
 * (IndexedDB may wait for another tab), then leaves the list, the view and the report's "Added …"
 * line. A removal refused or failed leaves all of them as the analyst saw them, and the store's
 * notice says so; an import this tab never stored (its save failed) leaves at once, as nothing of
 * it is kept. A second click while it is being removed asks nothing more.
 */
export async function removeImport<S extends RemoveSlice>(
  tab: TabSync,
  set: (partial: Partial<S>) => void,
  get: () => S,
  id: string,
  write: (edit: StoredEdit) => Promise<boolean>,
): Promise<void> {
  if (get().removing.includes(id)) return;
  tab.removing.add(id);
  set({ removing: [...get().removing, id] } as Partial<S>);
  const written = await write({ remove: [id] });
  // Still unsaved: never stored (an add written meanwhile took it off that list), so nothing is kept.
  const stored = !tab.unsaved.has(id);
  tab.unsaved.delete(id);
  const { imports, report, removing } = get();
  const left = removing.filter((r) => r !== id);
  if (!written && stored) return set({ removing: left } as Partial<S>);
  set({
    removing: left,
    imports: imports.filter((i) => i.id !== id),
    // Its "Added to the view" line and Undo go with it (the view drops its indicators itself).
    report: report?.shown?.importId === id ? { ...report, shown: null } : report,
  } as Partial<S>);
}

/** Everything this page stored, as it is (not read, not checked): for the way out of a crash. */
export const storedAsIs = inWords(async (): Promise<Record<string, unknown>> => {
  if (!store) return {};
  const values = await getMany([...KEYS], store);
  return Object.fromEntries(KEYS.flatMap((key, i) => (values[i] === undefined ? [] : [[key, values[i]]])));
});

/** Deletes everything this page stored (the analyst chose to, after a crash). */
export const clearStored = inWords(async (): Promise<void> => {
  if (store) await delMany([...KEYS], store);
});

/** A tab's side of the stored imports: what it has not stored yet, its queue, its channel. */
export interface TabSync {
  /** Imports in this tab that are not (yet) stored: being written, or their write failed. */
  unsaved: Map<string, ImportedData>;
  /** Ids taken out in this tab whose removal is being written. */
  removing: Set<string>;
  /** Set-aside records (their asideKey) this tab is deleting: listed until the delete is written. */
  deletingAside: Set<string>;
  /** Records this tab's merge set aside, being written: a re-read meanwhile keeps them listed. */
  settingAside: SetAsideRecord[];
  /** Writes and re-reads one after the other: a re-read sees every write this tab made before it. */
  queue: Promise<unknown>;
  channel: BroadcastChannel | null;
}

/** What writing and re-reading use of the import store (importStore.ts passes its own set and get). */
export interface SyncSlice {
  imports: ImportedData[];
  setAside: SetAsideRecord[];
  storageProblem: StorageProblem | null;
  /** Why the set-aside records this tab asked to delete are still stored (a refused or failed delete). */
  asideProblem: string | null;
}

/** An edit written, refused or failed: this tab no longer holds its records apart for it. */
function settleEdit(tab: TabSync, edit: StoredEdit): void {
  for (const id of edit.remove ?? []) tab.removing.delete(id);
  for (const r of edit.deleteAside ?? []) tab.deletingAside.delete(asideKey(r));
  const written = new Set(edit.setAside ?? []);
  tab.settingAside = tab.settingAside.filter((r) => !written.has(r));
}

/**
 * What a refused or failed edit says: data it adds could not be kept; an import it takes out is
 * still stored (said unless data could not be kept, which matters more, with the file it names);
 * set-aside records it deletes are still stored (they stay listed).
 */
function sayNotWritten(
  set: (partial: Partial<SyncSlice>) => void,
  get: () => SyncSlice,
  edit: StoredEdit,
  detail: string,
): void {
  if (edit.add?.length || edit.setAside?.length) set({ storageProblem: { kind: 'save', detail } });
  else if (edit.remove?.length && get().storageProblem?.kind !== 'save') {
    const files = get()
      .imports.filter((i) => edit.remove?.includes(i.id))
      .map((i) => i.fileName);
    set({ storageProblem: { kind: 'remove', detail, ...(files.length > 0 && { files }) } });
  }
  if (edit.deleteAside?.length) set({ asideProblem: detail });
}

/**
 * An edit not written: stored data could not be read (`unread`, nothing is written over it), or the
 * page is framed by another site (src/state/framing.ts), where a delete asked says so.
 */
export function refuseEdit(
  tab: TabSync,
  set: (partial: Partial<SyncSlice>) => void,
  get: () => SyncSlice,
  edit: StoredEdit,
  unread: string | null,
): void {
  settleEdit(tab, edit);
  if (unread !== null)
    sayNotWritten(
      set,
      get,
      edit,
      `the data stored earlier could not be read (${unread}), so nothing was written over it`,
    );
  else if (edit.deleteAside?.length)
    set({
      asideProblem:
        'this dashboard is shown inside another site, where nothing kept in this browser can be changed: open it in its own tab to delete it',
    });
}

/** The set-aside list as stored, with what this tab's merge set aside and has not yet written. */
export const listedAside = (tab: TabSync, stored: readonly SetAsideRecord[]): SetAsideRecord[] => [
  ...stored,
  ...tab.settingAside,
];

function inTurn<T>(tab: TabSync, run: () => Promise<T>): Promise<T> {
  const next = tab.queue.then(run, run);
  tab.queue = next.catch(() => undefined);
  return next;
}

/**
 * Applies one edit (with what earlier writes could not keep), then tells the other tabs. True when
 * it was written.
 */
export async function writeEdit(
  tab: TabSync,
  set: (partial: Partial<SyncSlice>) => void,
  get: () => SyncSlice,
  edit: StoredEdit,
  change: (edit: StoredEdit) => Promise<void> = changeImports,
): Promise<boolean> {
  const retried = [...tab.unsaved.values()].filter((d) => !edit.add?.includes(d));
  // Never one being removed: its removal may be written before this write (a file removed while its
  // save waited), and would then be undone by it.
  const add = [...retried, ...(edit.add ?? [])].filter(
    (d) => !edit.remove?.includes(d.id) && !tab.removing.has(d.id),
  );
  return inTurn(tab, async () => {
    try {
      await change({ ...edit, add });
      for (const d of add) if (tab.unsaved.get(d.id) === d) tab.unsaved.delete(d.id);
      const problem = get().storageProblem?.kind;
      if (problem === 'save' || problem === 'remove') set({ storageProblem: null });
      // Deleted set-aside records leave the list now, in this turn: a re-read queued after this
      // write reads them gone, one queued before has already set its list.
      if (edit.deleteAside?.length)
        set({
          setAside: withoutAside(get().setAside, edit.deleteAside) as SetAsideRecord[],
          asideProblem: null,
        });
      tab.channel?.postMessage('changed');
      return true;
    } catch (error) {
      sayNotWritten(set, get, { ...edit, add }, (error as Error)?.message ?? String(error));
      return false;
    } finally {
      settleEdit(tab, edit);
    }
  });
}

/**
 * Reads what is stored again (another tab changed it): this tab's list becomes the stored one, with
 * what this tab holds but has not stored yet. True when the read succeeded.
 */
export function refreshStored(
  tab: TabSync,
  set: (partial: Partial<SyncSlice>) => void,
  get: () => SyncSlice,
  waitMs: number,
): Promise<boolean> {
  return inTurn(tab, async () => {
    try {
      const loaded = await loadImports(waitMs);
      const current = get().imports;
      const mine = new Map(current.map((i) => [i.id, i]));
      // One being removed stays out, unless this tab still lists it (Deleting…: its removal may fail).
      const stored = loaded.imports
        .filter((i) => !tab.removing.has(i.id) || mine.has(i.id))
        // The same object where this tab has it, so an unchanged import is not merged again.
        .map((i) => mine.get(i.id) ?? i);
      const ids = new Set(stored.map((i) => i.id));
      const imports = [...stored, ...current.filter((i) => tab.unsaved.has(i.id) && !ids.has(i.id))];
      const same = imports.length === current.length && imports.every((i, n) => i === current[n]);
      const setAside = listedAside(tab, loaded.setAside);
      // Nothing set aside any more (another tab deleted it): a failed delete has nothing left to say.
      set({ ...(same ? {} : { imports }), setAside, ...(setAside.length === 0 && { asideProblem: null }) });
      return true;
    } catch {
      // The next change or load tries again; what this tab shows stays.
      return false;
    }
  });
}
