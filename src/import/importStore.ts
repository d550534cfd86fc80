import { create } from 'zustand';
import type { RowProblem } from '../data/observationRows';
import type { SetAsideRecord } from './importedSchema';
import type { ImportedData } from './parseImport';

/** The analyst's imported files (persisted in IndexedDB) and the report of the last import. */

export interface ImportReport {
  fileName: string;
  loaded: number;
  rejected: RowProblem[];
  refused: string | null;
}

/** What became of a `#data=` link: a problem that kept its data out, and rows its parser rejected. */
export interface LinkNotice {
  problem: string | null;
  rejected: RowProblem[];
}

/** What went wrong with this browser's storage: reading it, or keeping data in it. */
export interface StorageProblem {
  kind: 'load' | 'save';
  detail: string;
}

/** How long the dashboard waits for IndexedDB before it opens without the stored data. */
export const STORAGE_WAIT_MS = 8000;

const linkPending = typeof window !== 'undefined' && /^#data=/.test(window.location.hash);

interface ImportStore {
  ready: boolean;
  imports: ImportedData[];
  /** Data from a `#data=` link: in this tab's memory only, never stored unless the reader keeps it. */
  linked: ImportedData[];
  /** False while a `#data=` link is being read (the view waits, so its own indicators are known). */
  linkReady: boolean;
  linkNotice: LinkNotice | null;
  setLinked: (data: ImportedData | null, notice: LinkNotice | null) => void;
  /** Stores the data from the link beside the reader's own imports (adds; replaces nothing). */
  keepLinked: () => Promise<void>;
  removeLinked: () => void;
  dismissLinkNotice: () => void;
  report: ImportReport | null;
  /** Stored records that could not be read: kept apart, named, until exported or deleted. */
  setAside: SetAsideRecord[];
  storageProblem: StorageProblem | null;
  hydrate: () => Promise<void>;
  add: (data: ImportedData | null, report: ImportReport) => Promise<void>;
  remove: (id: string) => Promise<void>;
  clearReport: () => void;
  /** Moves imports the merge refused out of the loaded ones, into the set-aside list. */
  setAsideImports: (refused: readonly { data: ImportedData; reason: string }[]) => Promise<void>;
  deleteSetAside: () => Promise<void>;
  dismissStorageProblem: () => void;
}

// IndexedDB and the validation of what it holds load after the first render (not needed to draw).
const storage = () => import('./importStorage');

/** What an error says, for a reader: its name (QuotaExceededError, NotFoundError …) and message. */
export function describeStorageError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { name, message } = error as { name?: string; message: string };
    return name && name !== 'Error' && !message.includes(name) ? `${name}: ${message}` : message;
  }
  return String(error);
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`the browser's storage did not answer within ${ms / 1000} s`)), ms),
  );
}

export const useImportStore = create<ImportStore>((set, get) => {
  let hydrating: Promise<void> | null = null;
  const failed = (error: unknown) =>
    set({ storageProblem: { kind: 'save', detail: describeStorageError(error) } });

  /** Writes the imports; a failure is said (the data stay in this tab), never swallowed. */
  const persist = async () => {
    // Written after what was stored has been read, and never over stored data that could not be read.
    if (hydrating) await hydrating;
    if (get().storageProblem?.kind === 'load') {
      failed(new Error('the data stored earlier could not be read, so nothing was written over it'));
      return;
    }
    try {
      await (await storage()).saveImports(get().imports);
      if (get().storageProblem?.kind === 'save') set({ storageProblem: null });
    } catch (error) {
      failed(error);
    }
  };

  const load = async () => {
    try {
      // Never a wait without an end: a database that does not answer (blocked by another tab, a
      // broken profile) opens the dashboard without the stored data, and says so.
      const loaded = await Promise.race([storage().then((s) => s.loadImports()), timeout(STORAGE_WAIT_MS)]);
      set({ imports: [...loaded.imports, ...get().imports], setAside: loaded.setAside, ready: true });
    } catch (error) {
      set({ ready: true, storageProblem: { kind: 'load', detail: describeStorageError(error) } });
    }
  };

  return {
    ready: false,
    imports: [],
    linked: [],
    linkReady: !linkPending,
    linkNotice: null,
    report: null,
    setAside: [],
    storageProblem: null,
    setLinked: (data, notice) => set({ linked: data ? [data] : [], linkNotice: notice, linkReady: true }),
    keepLinked: async () => {
      set({ imports: [...get().imports, ...get().linked], linked: [], linkNotice: null });
      await persist();
    },
    removeLinked: () => set({ linked: [], linkNotice: null }),
    dismissLinkNotice: () => set({ linkNotice: null }),
    hydrate: () => {
      hydrating ??= load();
      return hydrating;
    },
    add: async (data, report) => {
      if (data) set({ imports: [...get().imports, data] });
      set({ report });
      if (data) await persist();
    },
    remove: async (id) => {
      set({ imports: get().imports.filter((i) => i.id !== id) });
      await persist();
    },
    clearReport: () => set({ report: null }),
    setAsideImports: async (refused) => {
      const ids = new Set(refused.map((r) => r.data.id));
      const at = new Date().toISOString();
      const records = refused.map((r) => ({
        label: r.data.fileName,
        reason: r.reason,
        setAsideAt: at,
        record: r.data,
      }));
      const stored = get().imports.filter((i) => ids.has(i.id));
      set({
        imports: get().imports.filter((i) => !ids.has(i.id)),
        linked: get().linked.filter((i) => !ids.has(i.id)),
        setAside: [...get().setAside, ...records.filter((r) => stored.includes(r.record as ImportedData))],
      });
      // Only stored imports go to the set-aside key; data from a link was never stored.
      const storedRecords = records.filter((r) => stored.includes(r.record as ImportedData));
      if (storedRecords.length === 0) return;
      try {
        await (await storage()).setAsideImports(storedRecords);
        await persist();
      } catch (error) {
        failed(error);
      }
    },
    deleteSetAside: async () => {
      set({ setAside: [] });
      try {
        await (await storage()).deleteSetAside();
      } catch (error) {
        failed(error);
      }
    },
    dismissStorageProblem: () => set({ storageProblem: null }),
  };
});
