import { IDBObjectStore } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeTabs, freshBrowser, openTab, record, report, type Tab } from './tabsOverIdb';

/**
 * Two tabs of one browser, each with its own import store (two module instances), over one IndexedDB
 * (fake-indexeddb, the same API) and the BroadcastChannel of node: adds and removes in any order,
 * each tab acting on what it holds, however stale (issue 26). Nothing one tab added is lost by the
 * other's removal, what is stored is exactly what was added and not removed, and both tabs end up
 * showing it.
 */
async function stored(): Promise<string[]> {
  vi.resetModules();
  const { loadImports } = await import('../../src/import/importStorage');
  return (await loadImports(8000)).imports.map((i) => i.id).sort();
}

const ids = (tab: Tab) =>
  tab
    .getState()
    .imports.map((i) => i.id)
    .sort();

const { put, delete: remove } = IDBObjectStore.prototype;
afterEach(() => {
  IDBObjectStore.prototype.put = put;
  IDBObjectStore.prototype.delete = remove;
  closeTabs();
  vi.unstubAllGlobals();
});

type Step = { tab: 0 | 1; kind: 'add' } | { tab: 0 | 1; kind: 'remove'; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ tab: fc.constantFrom(0 as const, 1 as const), kind: fc.constant('add' as const) }),
  fc.record({
    tab: fc.constantFrom(0 as const, 1 as const),
    kind: fc.constant('remove' as const),
    pick: fc.nat(),
  }),
);

async function run(steps: Step[], together: boolean) {
  freshBrowser();
  const tabs = [await openTab(), await openTab()] as const;
  const added = new Set<string>();
  const removed = new Set<string>();
  let next = 0;
  const act = (s: Step) => {
    const tab = tabs[s.tab].getState();
    if (s.kind === 'add') {
      const data = record(next++);
      added.add(data.id);
      return tab.add(data, report);
    }
    // A removal of what this tab lists, however stale its list.
    const list = tab.imports;
    if (list.length === 0) return Promise.resolve();
    const id = list[s.pick % list.length]?.id ?? '';
    removed.add(id);
    return tab.remove(id);
  };
  if (together) await Promise.all(steps.map(act));
  else for (const s of steps) await act(s);
  const expected = [...added].filter((id) => !removed.has(id)).sort();
  expect(await stored()).toEqual(expected);
  // Each tab hears of the other's changes and shows what is stored.
  await vi.waitFor(
    () => {
      expect(ids(tabs[0])).toEqual(expected);
      expect(ids(tabs[1])).toEqual(expected);
    },
    { timeout: 2000, interval: 5 },
  );
}

describe('own data across two tabs', () => {
  it('the two sequences of the probe: a stale removal, and two adds in turn', async () => {
    freshBrowser();
    const a = await openTab();
    await a.getState().add(record(1), report);
    const b = await openTab();
    expect(ids(b)).toEqual(['rec-1']);
    // A adds β; B, not told yet, removes α: β stays.
    await Promise.all([a.getState().add(record(2), report), b.getState().remove('rec-1')]);
    expect(await stored()).toEqual(['rec-2']);
    await vi.waitFor(() => expect([ids(a), ids(b)]).toEqual([['rec-2'], ['rec-2']]), { timeout: 2000 });
    // A adds γ, then B adds another: β, γ and B's stay.
    await a.getState().add(record(3), report);
    await b.getState().add(record(4), report);
    expect(await stored()).toEqual(['rec-2', 'rec-3', 'rec-4']);
    await vi.waitFor(() => expect(ids(a)).toEqual(['rec-2', 'rec-3', 'rec-4']), { timeout: 2000 });
    await vi.waitFor(() => expect(ids(b)).toEqual(['rec-2', 'rec-3', 'rec-4']), { timeout: 2000 });
  });

  it('any interleaving of adds and removes by two tabs keeps exactly what was added and not removed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), fc.boolean(), async (steps, together) => {
        closeTabs();
        await run(steps, together);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('a re-read while a removal is written keeps the file listed; the removal failing leaves the list as it was', async () => {
    freshBrowser();
    const a = await openTab();
    await a.getState().add(record(1), report);
    await a.getState().add(record(2), report);
    const before = a.getState().imports;
    const failing = () => {
      throw new DOMException('The write failed.', 'UnknownError');
    };
    IDBObjectStore.prototype.put = failing;
    IDBObjectStore.prototype.delete = failing;
    // Another tab's change heard just before the click: its re-read ends while the removal is asked.
    const reread = a.getState().refresh();
    const removal = a.getState().remove('rec-1');
    await Promise.all([reread, removal]);
    expect(a.getState().imports).toEqual(before);
    expect(a.getState().removing).toEqual([]);
    expect(a.getState().storageProblem).toEqual({
      kind: 'remove',
      detail: 'UnknownError: The write failed.',
      files: ['file-1.csv'],
    });
    IDBObjectStore.prototype.put = put;
    IDBObjectStore.prototype.delete = remove;
    expect(await stored()).toEqual(['rec-1', 'rec-2']);
  });
});
