import { create } from 'zustand';
import type { RowProblem } from '../data/observationRows';
import { FRAMED_FULL_APP } from '../state/framing';
import type { AddedToView } from '../state/importView';
import type { SetAsideRecord } from './importedSchema';
import type { StorageProblem, TabSync } from './importStorage';
import type { ImportedData, ReadByName } from './parseImport';
import type { StoredEdit } from './storedEdits';

/** The analyst's imported files (persisted in IndexedDB) and the report of the last import. */

export interface ImportReport {
  fileName: string;
  loaded: number;
  rejected: RowProblem[];
  refused: string | null;
  /** Countries the file named rather than coded, with their lines. */
  byName?: ReadByName[];
  /** The encoding a file was read in (src/import/decodeCsv.ts); none for pasted text. */
  encoding?: string;
  /** What else the report says: zero-width characters removed, own names that read as built-in ones. */
  notes?: string[];
  /** What the import brought into the view (src/state/importView.ts), with its names; Undo flips `undone`. */
  shown?: ShownImport | null;
  /** The import this report is about (its "Added …" line comes when its merge is drawn). */
  importId?: string;
}

export interface ShownImport {
  /** The import this line is about: removing another file leaves its Undo in place. */
  importId: string;
  added: AddedToView;
  indicatorLabels: string[];
  countryNames: string[];
  undone: boolean;
}

/** What became of a `#data=` link: a problem that kept its data out, and rows its parser rejected. */
export interface LinkNotice {
  problem: string | null;
  rejected: RowProblem[];
}

export type { StorageProblem } from './importStorage';

/** How long the dashboard waits for IndexedDB before it opens without the stored data. */
export const STORAGE_WAIT_MS = 8000;

const linkPending = typeof window !== 'undefined' && /^#data=/.test(window.location.hash);

export interface ImportStore {
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
  /** Why set-aside records this tab asked to delete are still stored (a delete refused or failed). */
  asideProblem: string | null;
  /** True while this tab's delete of set-aside records is being written (the notice says Deleting…). */
  deletingAside?: boolean;
  hydrate: () => Promise<void>;
  add: (data: ImportedData | null, report: ImportReport) => Promise<void>;
  /** Takes an import out (in storage, then from the list and the view); resolves when settled. */
  remove: (id: string) => Promise<void>;
  /** Ids of this tab's imports whose removal is being written: listed (Deleting…) until it is. */
  removing: string[];
  clearReport: () => void;
  /** Marks what the last import brought into the view as taken out again (Undo) or back (Show again). */
  setShownUndone: (undone: boolean) => void;
  /** Moves imports the merge refused out of the loaded ones, into the set-aside list. */
  setAsideImports: (refused: readonly { data: ImportedData; reason: string }[]) => Promise<void>;
  dismissStorageProblem: () => void;
  /** Deletes these set-aside records (those the notice showed), in storage, then from the list; other tabs are told. */
  deleteSetAside: (records: readonly SetAsideRecord[]) => Promise<void>;
  /** Reads what is stored again (another tab said it changed it). */
  refresh: () => Promise<void>;
}

// IndexedDB and the validation of what it holds load after the first render (not needed to draw).
const storage = () => import('./importStorage');

/** The storage module's errors are already in words (src/import/importStorage.ts). */
const detailOf = (error: unknown) => (error as Error)?.message ?? String(error);

/** The channel on which tabs of this page say that they changed what is stored. */
export const OWN_DATA_CHANNEL = 'epsos-indicators-own-data';

export const useImportStore = create<ImportStore>((set, get) => {
  let hydrating: Promise<void> | null = null;
  /** Why what this browser stored could not be read, until a read succeeds: while set, nothing is
   * written over it (whatever the notice says now, or after it is dismissed). */
  let unreadStored: string | null = null;
  /** What this tab has not stored yet, and its queue of writes and re-reads (importStorage.ts). */
  const tab: TabSync = {
    unsaved: new Map(),
    removing: new Set(),
    deletingAside: new Set(),
    settingAside: [],
    queue: Promise.resolve(),
    channel: null,
  };

  /**
   * Applies one edit to what is stored (never this tab's whole list: what another tab added stays),
   * then tells the other tabs; a failure is said (the data stay in this tab), never swallowed. True
   * when it was written.
   */
  const write = async (edit: StoredEdit): Promise<boolean> => {
    // Written after what was stored has been read, and never over stored data that could not be read.
    if (hydrating) await hydrating;
    const storing = await storage();
    // Framed by another site: nothing is written (src/state/framing.ts).
    if (FRAMED_FULL_APP || unreadStored !== null) {
      storing.refuseEdit(tab, set, get, edit, unreadStored);
      return false;
    }
    // A large import is written by a worker (storageOffThread.ts).
    return storing.writeEdit(tab, set, get, edit, storing.offThread(storing.changeImports));
  };

  /** Reads what is stored again (another tab changed it). */
  const refresh = async () => {
    if (await (await storage()).refreshStored(tab, set, get, STORAGE_WAIT_MS)) unreadStored = null;
  };

  const load = async () => {
    try {
      // Never a wait without an end: a database that does not answer (blocked by another tab, a
      // broken profile) opens the dashboard without the stored data, and says so.
      const loaded = await (await storage()).loadImports(STORAGE_WAIT_MS);
      unreadStored = null;
      const ids = new Set(loaded.imports.map((i) => i.id));
      set({
        imports: [...loaded.imports, ...get().imports.filter((i) => !ids.has(i.id))],
        setAside: (await storage()).listedAside(tab, loaded.setAside),
        ready: true,
      });
    } catch (error) {
      unreadStored = detailOf(error);
      set({ ready: true, storageProblem: { kind: 'load', detail: unreadStored } });
    }
    // Another tab's change is read here too (never in a page framed by another site).
    if (!FRAMED_FULL_APP && typeof BroadcastChannel !== 'undefined' && !tab.channel) {
      tab.channel = new BroadcastChannel(OWN_DATA_CHANNEL);
      tab.channel.onmessage = () => void refresh();
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
    asideProblem: null,
    setLinked: (data, notice) => set({ linked: data ? [data] : [], linkNotice: notice, linkReady: true }),
    keepLinked: async () => {
      if (FRAMED_FULL_APP) return;
      const kept = get().linked;
      for (const d of kept) tab.unsaved.set(d.id, d);
      set({ imports: [...get().imports, ...kept], linked: [], linkNotice: null });
      await write({ add: kept });
    },
    removeLinked: () => set({ linked: [], linkNotice: null }),
    dismissLinkNotice: () => set({ linkNotice: null }),
    hydrate: () => {
      hydrating ??= load();
      return hydrating;
    },
    add: async (data, report) => {
      if (FRAMED_FULL_APP) return;
      if (data) {
        tab.unsaved.set(data.id, data);
        set({ imports: [...get().imports, data] });
      }
      set({ report });
      if (data) await write({ add: [data] });
    },
    removing: [],
    remove: async (id) => (await storage()).removeImport(tab, set, get, id, write),
    clearReport: () => set({ report: null }),
    setShownUndone: (undone) =>
      set((s) => (s.report?.shown ? { report: { ...s.report, shown: { ...s.report.shown, undone } } } : s)),
    setAsideImports: async (refused) => (await storage()).setAsideRefused(tab, set, get, refused, write),
    refresh,
    dismissStorageProblem: () => set({ storageProblem: null }),
    deleteSetAside: async (records) => (await storage()).deleteShownAside(tab, records, write, set),
  };
});
