import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSetAside } from '../../src/import/storedEdits';

/**
 * Issue 26: every stored record is checked on read, the set-aside ones too. `[null]` or a label that
 * is not text (`[{ label: { x: 1 } }]`) blanked the app on every load: the notice drew them unchecked.
 */
afterEach(() => vi.unstubAllGlobals());

describe('set-aside records read back', () => {
  it('a spoiled record is named by its place and kept whole; a good one reads as written', () => {
    const good = {
      label: 'a.csv',
      reason: 'surveys: bad',
      setAsideAt: '2026-12-01T00:00:00.000Z',
      record: [1],
    };
    expect(readSetAside([null, { label: { x: 1 } }, good])).toEqual([
      {
        label: 'set-aside record 1',
        reason: 'this set-aside record is not of the expected shape',
        setAsideAt: '',
        record: null,
      },
      {
        label: 'set-aside record 2',
        reason: 'this set-aside record is not of the expected shape',
        setAsideAt: '',
        record: { label: { x: 1 } },
      },
      good,
    ]);
    // Not a list at all: one record, kept.
    expect(readSetAside('odd')).toMatchObject([{ label: 'set-aside record 1', record: 'odd' }]);
    expect(readSetAside(undefined)).toEqual([]);
  });

  it('loadImports reads a spoiled set-aside list from IndexedDB into text the notice can show', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    vi.resetModules();
    const { loadImports, storedAsIs, clearStored } = await import('../../src/import/importStorage');
    const { createStore, set } = await import('idb-keyval');
    await set('set-aside', [null, { label: { x: 1 } }], createStore('epsos-indicators', 'user-data'));
    const loaded = await loadImports(8000);
    expect(loaded.setAside.map((r) => [typeof r.label, typeof r.reason])).toEqual([
      ['string', 'string'],
      ['string', 'string'],
    ]);
    // The way out of a crash: what is stored, as it is, then nothing.
    expect(await storedAsIs()).toEqual({ 'set-aside': [null, { label: { x: 1 } }] });
    await clearStored();
    expect(await storedAsIs()).toEqual({});
  });
});

/** A set-aside record as a merge writes it (src/import/importStorage.ts, setAsideRefused). */
const asideRecord = (n: number) => ({
  label: `refused-${n}.csv`,
  reason: 'observations.0.value: too big',
  setAsideAt: `2026-12-0${n}T00:00:00.000Z`,
  record: { id: `rec-${n}`, observations: [{ country: 'FR', value: n }] },
});

const channels: BroadcastChannel[] = [];
class TrackedChannel extends BroadcastChannel {
  constructor(name: string) {
    super(name);
    channels.push(this);
  }
}

describe('deleting what was set aside (issue 26): only what this tab showed, record by record', () => {
  afterEach(() => {
    for (const c of channels.splice(0)) c.close();
  });

  it('a record set aside by another tab after this one read the list stays', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    vi.resetModules();
    const storage = await import('../../src/import/importStorage');
    const { createStore, set } = await import('idb-keyval');
    await set('set-aside', [asideRecord(1)], createStore('epsos-indicators', 'user-data'));
    const shown = (await storage.loadImports(8000)).setAside;
    expect(shown.map((r) => r.label)).toEqual(['refused-1.csv']);
    // Another tab's merge sets a second import aside; this tab has not read it.
    await storage.changeImports({ setAside: [asideRecord(2)] });
    await storage.deleteSetAside(shown);
    expect(await storage.storedAsIs()).toEqual({ 'set-aside': [asideRecord(2)] });
    // Deleting the last one leaves nothing under the key (and no own-data key written).
    await storage.deleteSetAside((await storage.loadImports(8000)).setAside);
    expect(await storage.storedAsIs()).toEqual({});
  });

  it('the notice’s Delete takes out what it listed, and the other tab is told', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    vi.stubGlobal('BroadcastChannel', TrackedChannel);
    vi.resetModules();
    const { createStore, set } = await import('idb-keyval');
    await set('set-aside', [asideRecord(1), null], createStore('epsos-indicators', 'user-data'));
    const openTab = async () => {
      vi.resetModules();
      const store = (await import('../../src/import/importStore')).useImportStore;
      await store.getState().hydrate();
      return store;
    };
    const a = await openTab();
    const b = await openTab();
    expect(b.getState().setAside).toHaveLength(2);
    vi.resetModules();
    const storage = await import('../../src/import/importStorage');
    await storage.changeImports({ setAside: [asideRecord(3)] });
    // Tab A deletes the two records it listed (the spoiled `null` among them), not the third.
    await a.getState().deleteSetAside(a.getState().setAside);
    expect(a.getState().setAside).toEqual([]);
    expect(await storage.storedAsIs()).toEqual({ 'set-aside': [asideRecord(3)] });
    await vi.waitFor(() => expect(b.getState().setAside.map((r) => r.label)).toEqual(['refused-3.csv']), {
      timeout: 10_000,
    });
  });
});
