import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import type { useImportStore } from '../../src/import/importStore';
import { type ImportedData, parseImport } from '../../src/import/parseImport';
import { dataset } from './fixtures';

/**
 * Tabs of one browser for unit tests: each an import store of its own (a fresh module instance), over
 * one IndexedDB (fake-indexeddb, the same API) and node's BroadcastChannel.
 */
export type Tab = typeof useImportStore;

const base = (() => {
  const result = parseImport(
    'country,indicator,year,value,label\nFR,good,2020,40,Good one\n',
    'tabs.csv',
    dataset,
    new Date('2026-12-01T10:00:00.000Z'),
  );
  if (!result.data) throw new Error(result.refused ?? 'no data');
  return result.data;
})();

/** An import `rec-n` from the file `file-n.csv`. */
export const record = (n: number): ImportedData => ({ ...base, id: `rec-${n}`, fileName: `file-${n}.csv` });
export const report = { fileName: 'x.csv', loaded: 1, rejected: [], refused: null };

const channels: BroadcastChannel[] = [];
class TrackedChannel extends BroadcastChannel {
  constructor(name: string) {
    super(name);
    channels.push(this);
  }
}

/** Closes the channels of the tabs opened so far (node keeps a test alive while one is open). */
export function closeTabs(): void {
  for (const c of channels.splice(0)) c.close();
}

/** A browser with nothing stored and no tab open. */
export function freshBrowser(): void {
  closeTabs();
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('BroadcastChannel', TrackedChannel);
}

/** A new tab, once it has read what is stored. */
export async function openTab(): Promise<Tab> {
  vi.resetModules();
  const store = (await import('../../src/import/importStore')).useImportStore;
  await store.getState().hydrate();
  return store;
}
