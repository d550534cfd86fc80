import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export type Op = ['get', string] | ['delete', string] | ['put', string, unknown];

/** Runs operations on this origin's IndexedDB `epsos-indicators` / `user-data`; the last one's result. */
export function idb<T = unknown>(page: Page, ...ops: Op[]): Promise<T> {
  return page.evaluate(
    (list) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('epsos-indicators');
        // The app reads its store when the browser is idle: the test may be first to open it, and
        // then makes it as idb-keyval does (the store in the database's first version).
        open.onupgradeneeded = () => open.result.createObjectStore('user-data');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('user-data', 'readwrite');
          const store = tx.objectStore('user-data');
          let last: IDBRequest | undefined;
          for (const [op, key, value] of list) {
            last =
              op === 'get' ? store.get(key) : op === 'delete' ? store.delete(key) : store.put(value, key);
          }
          tx.oncomplete = () => {
            db.close();
            resolve((last?.result ?? null) as T);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ops,
  );
}

/**
 * Waits until IndexedDB holds the reader's own data: an import's report shows before its write has
 * committed, so a test that opens a link right after it waits for this state first (under load a
 * navigation right after the report found nothing stored).
 */
export async function untilOwnDataStored(page: Page): Promise<void> {
  await expect.poll(() => idb(page, ['get', 'own-data']), { timeout: 30_000 }).not.toBeNull();
}
