import { IDBObjectStore } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeTabs, freshBrowser, openTab, record, report, type Tab } from './tabsOverIdb';

/**
 * What a tab lists is what is stored (issue 26, the review's finding): its set-aside records and its
 * imports, whatever the order in which its re-reads (another tab's change), its deletes and its
 * merge's set-asides run, and when a write fails. A re-read queued before a delete once brought the
 * deleted records back (they had left the list before the write), and one queued before a merge's
 * set-aside took its record off the list and brought its import back. Two tabs (two module
 * instances) over one IndexedDB (tests/unit/tabsOverIdb.ts).
 */
async function stored(): Promise<{ imports: string[]; aside: string[] }> {
  vi.resetModules();
  const { loadImports } = await import('../../src/import/importStorage');
  const loaded = await loadImports(8000);
  return {
    imports: loaded.imports.map((i) => i.id).sort(),
    aside: loaded.setAside.map((r) => r.label).sort(),
  };
}

const asideOf = (tab: Tab) =>
  tab
    .getState()
    .setAside.map((r) => r.label)
    .sort();
const importsOf = (tab: Tab) =>
  tab
    .getState()
    .imports.map((i) => i.id)
    .sort();

/** Stores `n` and has the merge refuse it in `tab`: its record is set aside (as App does). */
async function setAside(tab: Tab, n: number) {
  const data = record(n);
  await tab.getState().add(data, report);
  await tab.getState().setAsideImports([{ data, reason: 'observations.0.value: too big' }]);
}

afterEach(() => {
  closeTabs();
  vi.unstubAllGlobals();
});

describe('set-aside records and re-reads in one tab', () => {
  it('a re-read queued before a delete cannot bring the deleted records back', async () => {
    freshBrowser();
    const a = await openTab();
    await setAside(a, 1);
    await setAside(a, 2);
    expect(asideOf(a)).toEqual(['file-1.csv', 'file-2.csv']);
    const first = a.getState().setAside.filter((r) => r.label === 'file-1.csv');
    // Another tab's message arrives, then the analyst deletes: the re-read runs first.
    await Promise.all([a.getState().refresh(), a.getState().deleteSetAside(first)]);
    expect((await stored()).aside).toEqual(['file-2.csv']);
    expect(asideOf(a)).toEqual(['file-2.csv']);
  });

  it('a re-read queued before a merge’s set-aside keeps its record listed and its import out', async () => {
    freshBrowser();
    const a = await openTab();
    const data = record(1);
    await a.getState().add(data, report);
    await Promise.all([
      a.getState().refresh(),
      a.getState().setAsideImports([{ data, reason: 'observations.0.value: too big' }]),
    ]);
    expect(await stored()).toEqual({ imports: [], aside: ['file-1.csv'] });
    expect(importsOf(a)).toEqual([]);
    expect(asideOf(a)).toEqual(['file-1.csv']);
  });
});

type Step =
  | { tab: 0 | 1; kind: 'aside' }
  | { tab: 0 | 1; kind: 'refresh' }
  | { tab: 0 | 1; kind: 'delete'; pick: number };

const tabIndex = fc.constantFrom(0 as const, 1 as const);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ tab: tabIndex, kind: fc.constant('aside' as const) }),
  fc.record({ tab: tabIndex, kind: fc.constant('refresh' as const) }),
  // Which of the listed records to delete: the bits of `pick` (a stale list, as the tab shows it).
  fc.record({ tab: tabIndex, kind: fc.constant('delete' as const), pick: fc.nat(15) }),
);

/**
 * Two tabs set records aside, re-read and delete what they list, in turn or all at once. Throughout,
 * a record a tab has deleted never shows in that tab again, and a record leaves a tab's list only
 * when a tab deleted it; at the end what is stored is what was set aside and not deleted, and both
 * tabs list exactly that (and no import comes back).
 */
async function run(steps: Step[], together: boolean) {
  freshBrowser();
  const tabs = [await openTab(), await openTab()] as const;
  const asked = new Set<string>();
  const gone = [new Set<string>(), new Set<string>()];
  const broken: string[] = [];
  const unsubscribe = tabs.map((tab, t) => {
    let before = new Set<string>();
    return tab.subscribe((s) => {
      const now = new Set(s.setAside.map((r) => r.label));
      for (const label of now)
        if (gone[t]?.has(label)) broken.push(`tab ${t} lists ${label} again after deleting it`);
      for (const label of before)
        if (!now.has(label) && !asked.has(label)) broken.push(`tab ${t} dropped ${label}, never deleted`);
      before = now;
    });
  });
  const setAsideAll = new Set<string>();
  let next = 0;
  const act = async (s: Step) => {
    const tab = tabs[s.tab];
    if (s.kind === 'aside') {
      const n = next++;
      setAsideAll.add(`file-${n}.csv`);
      return setAside(tab, n);
    }
    if (s.kind === 'refresh') return tab.getState().refresh();
    const chosen = tab.getState().setAside.filter((_, i) => (s.pick >> i) & 1);
    for (const r of chosen) asked.add(r.label);
    await tab.getState().deleteSetAside(chosen);
    expect(tab.getState().asideProblem ?? null).toBeNull();
    for (const r of chosen) gone[s.tab]?.add(r.label);
  };
  if (together) await Promise.all(steps.map(act));
  else for (const s of steps) await act(s);
  const expected = [...setAsideAll].filter((label) => !asked.has(label)).sort();
  expect(await stored()).toEqual({ imports: [], aside: expected });
  await vi.waitFor(
    () => {
      expect([asideOf(tabs[0]), asideOf(tabs[1])]).toEqual([expected, expected]);
      expect([importsOf(tabs[0]), importsOf(tabs[1])]).toEqual([[], []]);
    },
    { timeout: 2000, interval: 5 },
  );
  for (const u of unsubscribe) u();
  expect(broken).toEqual([]);
}

describe('set-aside records across two tabs', () => {
  it('a delete in one tab, while the other sets another record aside: each lists what is stored', async () => {
    freshBrowser();
    const a = await openTab();
    await setAside(a, 1);
    const b = await openTab();
    expect(asideOf(b)).toEqual(['file-1.csv']);
    await Promise.all([a.getState().deleteSetAside(a.getState().setAside), setAside(b, 2)]);
    expect((await stored()).aside).toEqual(['file-2.csv']);
    await vi.waitFor(() => expect([asideOf(a), asideOf(b)]).toEqual([['file-2.csv'], ['file-2.csv']]), {
      timeout: 2000,
    });
  });

  it('any interleaving of set-asides, re-reads and deletes keeps each tab’s list to what is stored', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { maxLength: 10 }), fc.boolean(), run), { numRuns: 40 });
  }, 90_000);
});

describe('writes the browser refuses', () => {
  const { put, delete: remove } = IDBObjectStore.prototype;
  afterEach(() => {
    IDBObjectStore.prototype.put = put;
    IDBObjectStore.prototype.delete = remove;
  });

  it('a delete that failed in one tab: its notice goes once the other tab has deleted the records', async () => {
    freshBrowser();
    const a = await openTab();
    await setAside(a, 1);
    const b = await openTab();
    IDBObjectStore.prototype.delete = () => {
      throw new DOMException('The write failed.', 'UnknownError');
    };
    await a.getState().deleteSetAside(a.getState().setAside);
    expect(a.getState().asideProblem).toBe('UnknownError: The write failed.');
    expect(asideOf(a)).toEqual(['file-1.csv']);
    IDBObjectStore.prototype.delete = remove;
    await b.getState().deleteSetAside(b.getState().setAside);
    await vi.waitFor(() => expect([asideOf(a), a.getState().asideProblem]).toEqual([[], null]), {
      timeout: 2000,
    });
  });

  it('lists the import again (it is still stored) and says it could not be removed, not “could not be kept”', async () => {
    freshBrowser();
    const a = await openTab();
    await a.getState().add(record(1), report);
    await a.getState().add(record(2), report);
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The write failed.', 'UnknownError');
    };
    await a.getState().remove('rec-1');
    expect(a.getState().storageProblem).toEqual({
      kind: 'remove',
      detail: 'UnknownError: The write failed.',
      files: ['file-1.csv'],
    });
    IDBObjectStore.prototype.put = put;
    expect((await stored()).imports).toEqual(['rec-1', 'rec-2']);
    expect(importsOf(a)).toEqual(['rec-1', 'rec-2']);
    // Tried again and written: it goes, and so does the notice.
    await a.getState().remove('rec-1');
    expect(importsOf(a)).toEqual(['rec-2']);
    expect((await stored()).imports).toEqual(['rec-2']);
    expect(a.getState().storageProblem).toBeNull();
  });
});
