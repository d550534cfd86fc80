import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The import store against a storage that fails (issue 20): a failing save is said, never swallowed;
 * a storage that does not answer ends the wait with a message; nothing is written over stored data
 * that could not be read.
 */
const storage = vi.hoisted(() => ({
  loadImports: vi.fn(),
  changeImports: vi.fn(),
  // The stores of these tests (one per fresh module) hear each other on Node's BroadcastChannel, as
  // tabs do: re-reading is the subject of twoTabs.test.ts, here it finds nothing new.
  refreshStored: vi.fn(async () => false),
}));
vi.mock('../../src/import/importStorage', async (actual) => {
  const real = await actual<typeof import('../../src/import/importStorage')>();
  return {
    ...storage,
    setAsideRefused: real.setAsideRefused,
    writeEdit: real.writeEdit,
    offThread: real.offThread,
    deleteShownAside: real.deleteShownAside,
    removeImport: real.removeImport,
    refuseEdit: real.refuseEdit,
    listedAside: real.listedAside,
  };
});

const data = {
  id: 'a-1',
  fileName: 'a.csv',
  importedAt: '2026-01-01T00:00:00.000Z',
  indicators: [],
  sources: [],
  observations: [],
};
const report = { fileName: 'a.csv', loaded: 1, rejected: [], refused: null };

async function freshStore() {
  vi.resetModules();
  return (await import('../../src/import/importStore')).useImportStore;
}

beforeEach(() => {
  for (const f of Object.values(storage)) f.mockReset();
  storage.loadImports.mockResolvedValue({ imports: [], setAside: [] });
  storage.changeImports.mockResolvedValue(undefined);
});

describe('import store and a failing storage', () => {
  it('a quota error on save is reported as data that could not be kept (the data stay in the tab)', async () => {
    const store = await freshStore();
    await store.getState().hydrate();
    storage.changeImports.mockRejectedValue(new Error('QuotaExceededError: The quota has been exceeded.'));
    await store.getState().add(data, report);
    expect(store.getState().imports).toEqual([data]);
    expect(store.getState().storageProblem).toEqual({
      kind: 'save',
      detail: 'QuotaExceededError: The quota has been exceeded.',
    });
  });

  it('a database whose store is missing: the load problem is said, and no save writes over it', async () => {
    storage.loadImports.mockRejectedValue(
      new Error(
        "NotFoundError: Failed to execute 'transaction': One of the specified object stores was not found.",
      ),
    );
    const store = await freshStore();
    await store.getState().hydrate();
    expect(store.getState().ready).toBe(true);
    expect(store.getState().storageProblem?.kind).toBe('load');
    expect(store.getState().storageProblem?.detail).toMatch(/^NotFoundError: .*object stores was not found/);
    await store.getState().add(data, report);
    expect(storage.changeImports).not.toHaveBeenCalled();
    expect(store.getState().storageProblem?.kind).toBe('save');
    expect(store.getState().imports).toEqual([data]);
  });

  it('stored data that could not be read are never written over: not by a second save, nor after Dismiss', async () => {
    storage.loadImports.mockRejectedValue(new Error('UnknownError: the read failed'));
    const store = await freshStore();
    await store.getState().hydrate();
    await store.getState().add(data, report);
    await store.getState().add({ ...data, id: 'a-2' }, report);
    store.getState().dismissStorageProblem();
    await store.getState().add({ ...data, id: 'a-3' }, report);
    await store.getState().remove('a-1');
    expect(storage.changeImports).not.toHaveBeenCalled();
    expect(store.getState().storageProblem?.detail).toMatch(
      /could not be read \(UnknownError: the read failed\)/,
    );
  });

  it('removing another file keeps the last import’s Undo; removing that import takes its line away', async () => {
    const store = await freshStore();
    await store.getState().hydrate();
    const older = { ...data, id: 'older' };
    await store.getState().add(older, report);
    const shown = {
      importId: 'a-1',
      added: { indicators: ['my_x'], countries: [] },
      indicatorLabels: ['X'],
      countryNames: [],
      undone: false,
    };
    await store.getState().add(data, { ...report, shown });
    await store.getState().remove('older');
    expect(store.getState().report?.shown).toEqual(shown);
    await store.getState().remove('a-1');
    expect(store.getState().report?.shown).toBeNull();
  });

  it('a file whose save failed, then whose removal fails too: it leaves the list (nothing of it is kept), and is not saved again', async () => {
    const store = await freshStore();
    await store.getState().hydrate();
    storage.changeImports
      .mockRejectedValueOnce(new Error('full'))
      .mockRejectedValueOnce(new Error('refused'));
    await Promise.all([store.getState().add(data, report), store.getState().remove('a-1')]);
    expect(store.getState().imports).toEqual([]);
    expect(store.getState().removing).toEqual([]);
    storage.changeImports.mockResolvedValue(undefined);
    const other = { ...data, id: 'b-1' };
    await store.getState().add(other, report);
    expect(storage.changeImports).toHaveBeenLastCalledWith({ add: [other] });
  });

  it('the store asks the storage to answer within STORAGE_WAIT_MS', async () => {
    const store = await freshStore();
    const { STORAGE_WAIT_MS } = await import('../../src/import/importStore');
    await store.getState().hydrate();
    expect(storage.loadImports).toHaveBeenCalledWith(STORAGE_WAIT_MS);
  });

  it('a save made before the stored data were read waits for them, and writes both', async () => {
    const stored = { ...data, id: 'stored-1', fileName: 'stored.csv' };
    let finish: (v: unknown) => void = () => undefined;
    storage.loadImports.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const store = await freshStore();
    const hydrated = store.getState().hydrate();
    const added = store.getState().add(data, report);
    finish({ imports: [stored], setAside: [] });
    await Promise.all([hydrated, added]);
    // One record added to what is stored, never the tab's whole list written over it.
    expect(storage.changeImports).toHaveBeenLastCalledWith({ add: [data] });
    expect(store.getState().imports).toEqual([stored, data]);
  });

  it('a successful save after a failed one clears the notice; imports the merge refused are set aside', async () => {
    const store = await freshStore();
    await store.getState().hydrate();
    storage.changeImports.mockRejectedValueOnce(new Error('nope'));
    await store.getState().add(data, report);
    expect(store.getState().storageProblem?.kind).toBe('save');
    await store.getState().remove('none');
    expect(store.getState().storageProblem).toBeNull();
    // What could not be kept is tried again with the next change.
    expect(storage.changeImports).toHaveBeenLastCalledWith({ remove: ['none'], add: [data] });
    await store.getState().setAsideImports([{ data, reason: 'surveys: bad' }]);
    expect(store.getState().imports).toEqual([]);
    expect(store.getState().setAside).toMatchObject([
      { label: 'a.csv', reason: 'surveys: bad', record: data },
    ]);
    expect(storage.changeImports).toHaveBeenLastCalledWith({
      remove: ['a-1'],
      setAside: [expect.objectContaining({ label: 'a.csv', reason: 'surveys: bad' })],
      add: [],
    });
  });

  it('data from a link that the merge refuses leaves the view with a notice saying why', async () => {
    const store = await freshStore();
    await store.getState().hydrate();
    store.getState().setLinked(data, { problem: null, rejected: [] });
    await store.getState().setAsideImports([{ data, reason: 'surveys: bad' }]);
    expect(store.getState().linked).toEqual([]);
    expect(store.getState().setAside).toEqual([]);
    expect(store.getState().linkNotice?.problem).toBe(
      'the data in the link could not be merged (surveys: bad)',
    );
  });
});

/** A set-aside record as the store lists it (src/import/storedEdits.ts, readSetAside). */
const aside = (n: number) => ({
  label: `refused-${n}.csv`,
  reason: 'surveys: bad',
  setAsideAt: `2026-12-0${n}T00:00:00.000Z`,
  record: { id: `rec-${n}` },
});
const labels = (store: Awaited<ReturnType<typeof freshStore>>) =>
  store.getState().setAside.map((r) => r.label);

describe('deleting what was set aside (issue 26, review): listed until the delete is written', () => {
  it('the records stay listed while their delete is written, and leave once it is; a second click asks nothing more', async () => {
    storage.loadImports.mockResolvedValue({ imports: [], setAside: [aside(1), aside(2)] });
    let written: (v: unknown) => void = () => undefined;
    storage.changeImports.mockReturnValue(new Promise((resolve) => (written = resolve)));
    const store = await freshStore();
    await store.getState().hydrate();
    const [first] = store.getState().setAside;
    const deleting = store.getState().deleteSetAside(first ? [first] : []);
    await vi.waitFor(() =>
      expect(storage.changeImports).toHaveBeenCalledWith({ deleteAside: [first], add: [] }),
    );
    expect(labels(store)).toEqual(['refused-1.csv', 'refused-2.csv']);
    await store.getState().deleteSetAside(store.getState().setAside.slice(0, 1));
    expect(storage.changeImports).toHaveBeenCalledTimes(1);
    written(undefined);
    await deleting;
    expect(labels(store)).toEqual(['refused-2.csv']);
    expect(store.getState().asideProblem).toBeNull();
    expect(store.getState().storageProblem).toBeNull();
  });

  it('a delete that fails says so in its own words and keeps the records listed; tried again, they go', async () => {
    storage.loadImports.mockResolvedValue({ imports: [], setAside: [aside(1), aside(2)] });
    storage.changeImports.mockRejectedValue(new Error('UnknownError: The write failed.'));
    const store = await freshStore();
    await store.getState().hydrate();
    await store.getState().deleteSetAside(store.getState().setAside);
    expect(labels(store)).toEqual(['refused-1.csv', 'refused-2.csv']);
    expect(store.getState().asideProblem).toBe('UnknownError: The write failed.');
    // Not "your data could not be kept": nothing of the analyst's data was being kept.
    expect(store.getState().storageProblem).toBeNull();
    storage.changeImports.mockResolvedValue(undefined);
    await store.getState().deleteSetAside(store.getState().setAside);
    expect(labels(store)).toEqual([]);
    expect(store.getState().asideProblem).toBeNull();
  });

  it('a delete over stored data that could not be read is refused, says why, and keeps the records listed', async () => {
    storage.loadImports.mockRejectedValue(new Error('UnknownError: the read failed'));
    const store = await freshStore();
    await store.getState().hydrate();
    await store.getState().add(data, report);
    await store.getState().setAsideImports([{ data, reason: 'surveys: bad' }]);
    store.getState().dismissStorageProblem();
    await store.getState().deleteSetAside(store.getState().setAside);
    expect(labels(store)).toEqual(['a.csv']);
    expect(store.getState().asideProblem).toMatch(/could not be read \(UnknownError: the read failed\)/);
    expect(store.getState().storageProblem).toBeNull();
    expect(storage.changeImports).not.toHaveBeenCalled();
  });

  it('framed by another site: nothing is deleted, the notice says why, the records stay listed', async () => {
    vi.doMock('../../src/state/framing', () => ({ FRAMED_FULL_APP: true, useFramedFullApp: () => true }));
    try {
      storage.loadImports.mockResolvedValue({ imports: [], setAside: [aside(1)] });
      const store = await freshStore();
      await store.getState().hydrate();
      await store.getState().deleteSetAside(store.getState().setAside);
      expect(labels(store)).toEqual(['refused-1.csv']);
      expect(store.getState().asideProblem).toMatch(/shown inside another site/);
      expect(storage.changeImports).not.toHaveBeenCalled();
    } finally {
      vi.doUnmock('../../src/state/framing');
    }
  });
});
