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
