import { create } from 'zustand';
import type { RowProblem } from '../data/observationRows';
import type { ImportedData } from './parseImport';

/** The analyst's imported files (persisted in IndexedDB) and the report of the last import. */

export interface ImportReport {
  fileName: string;
  loaded: number;
  rejected: RowProblem[];
  refused: string | null;
}

interface ImportStore {
  ready: boolean;
  imports: ImportedData[];
  report: ImportReport | null;
  hydrate: () => Promise<void>;
  add: (data: ImportedData | null, report: ImportReport) => Promise<void>;
  remove: (id: string) => Promise<void>;
  clearReport: () => void;
}

// IndexedDB and the validation of what it holds load after the first render (not needed to draw).
const storage = () => import('./importStorage');
const saveImports = async (imports: ImportedData[]) => (await storage()).saveImports(imports);

export const useImportStore = create<ImportStore>((set, get) => ({
  ready: false,
  imports: [],
  report: null,
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
    set({ imports });
    await saveImports(imports).catch(() => undefined);
  },
  clearReport: () => set({ report: null }),
}));
