import type { BrowserContext, Page } from 'playwright-core';
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

/**
 * Makes the pages of `context` able to refuse IndexedDB writes (put and delete throw UnknownError
 * "The write failed.") once `failWrites(page, true)` asks: a browser that refuses a write, for real,
 * where a test's own writes before that still go through.
 */
export async function writesCanFail(context: BrowserContext): Promise<void> {
  // A string, so that nothing the test runner adds to functions reaches the page.
  await context.addInitScript(`
    const { put, delete: remove } = IDBObjectStore.prototype;
    const failing = () => { throw new DOMException('The write failed.', 'UnknownError'); };
    IDBObjectStore.prototype.put = function (...args) { return window.failWrites ? failing() : put.apply(this, args); };
    IDBObjectStore.prototype.delete = function (...args) { return window.failWrites ? failing() : remove.apply(this, args); };
  `);
}

export function failWrites(page: Page, on: boolean): Promise<void> {
  return page.evaluate((value) => {
    (window as unknown as { failWrites: boolean }).failWrites = value;
  }, on);
}
