import { create } from 'zustand';
import type { RowProblem } from '../data/observationRows';
import type { AddedToView } from '../state/importView';
import type { ImportedData } from './parseImport';

/** The analyst's imported files (persisted in IndexedDB) and the report of the last import. */

export interface ImportReport {
  fileName: string;
  loaded: number;
  rejected: RowProblem[];
  refused: string | null;
  /** What the import brought into the view (src/state/importView.ts), with its names; Undo flips `undone`. */
  shown?: ShownImport | null;
}

export interface ShownImport {
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
  hydrate: () => Promise<void>;
  add: (data: ImportedData | null, report: ImportReport) => Promise<void>;
  remove: (id: string) => Promise<void>;
  clearReport: () => void;
  /** Marks what the last import brought into the view as taken out again (Undo) or back (Show again). */
  setShownUndone: (undone: boolean) => void;
}

// IndexedDB and the validation of what it holds load after the first render (not needed to draw).
const storage = () => import('./importStorage');
const saveImports = async (imports: ImportedData[]) => (await storage()).saveImports(imports);

export const useImportStore = create<ImportStore>((set, get) => ({
  ready: false,
  imports: [],
  linked: [],
  linkReady: !linkPending,
  linkNotice: null,
  report: null,
  setLinked: (data, notice) => set({ linked: data ? [data] : [], linkNotice: notice, linkReady: true }),
  keepLinked: async () => {
    const imports = [...get().imports, ...get().linked];
    set({ imports, linked: [], linkNotice: null });
    await saveImports(imports).catch(() => undefined);
  },
  removeLinked: () => set({ linked: [], linkNotice: null }),
  dismissLinkNotice: () => set({ linkNotice: null }),
  hydrate: async () => {
    try {
      set({ imports: await (await storage()).loadImports(), ready: true });
    } catch {
      set({ ready: true });
    }
  },
  add: async (data, report) => {
    const imports = data ? [...get().imports, data] : get().imports;
    set({ imports, report });
    await saveImports(imports).catch(() => undefined);
  },
  remove: async (id) => {
    const imports = get().imports.filter((i) => i.id !== id);
    // Its "Added to the view" line and Undo go with it (the view drops its indicators itself).
    const report = get().report;
    set({ imports, report: report?.shown ? { ...report, shown: null } : report });
    await saveImports(imports).catch(() => undefined);
  },
  clearReport: () => set({ report: null }),
  setShownUndone: (undone) =>
    set((s) => (s.report?.shown ? { report: { ...s.report, shown: { ...s.report.shown, undone } } } : s)),
}));
