import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdStore } from './holdStore';

/**
 * The set-aside notice's Delete over IndexedDB (fake-indexeddb) whose writes fail (issue 26, the
 * review's finding): the records once left the notice before the write, and a failed write said
 * "Your data could not be kept", so the notice went while the records stayed stored.
 */
const aside = (n: number) => ({
  label: `refused-${n}.csv`,
  reason: 'observations.0.value: too big',
  setAsideAt: `2026-12-0${n}T00:00:00.000Z`,
  record: { id: `rec-${n}`, observations: [{ country: 'FR', value: n }] },
});

/**
 * A fresh browser's IndexedDB holding `records` set aside, a fresh import store that has read it,
 * and the notice's module bound to that store.
 */
async function storedAside(records: unknown[]) {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  const { createStore, get, set } = await import('idb-keyval');
  const db = createStore('epsos-indicators', 'user-data');
  await set('set-aside', records, db);
  const { useImportStore } = await import('../../src/import/importStore');
  const StorageNotice = (await import('../../src/import/StorageNotice')).default;
  await useImportStore.getState().hydrate();
  return { get, db, useImportStore, StorageNotice };
}

const { put, delete: remove } = IDBObjectStore.prototype;
afterEach(() => {
  IDBObjectStore.prototype.put = put;
  IDBObjectStore.prototype.delete = remove;
  vi.unstubAllGlobals();
});

describe('Delete what was set aside, when the browser refuses the write', () => {
  it('says the records could not be deleted, keeps them listed, and deletes them when tried again', async () => {
    const { get, db, StorageNotice } = await storedAside([aside(1), aside(2)]);
    render(<StorageNotice />);
    const notice = screen.getByRole('region', { name: 'Stored data set aside' });
    const failing = () => {
      throw new DOMException('The write failed.', 'UnknownError');
    };
    IDBObjectStore.prototype.put = failing;
    IDBObjectStore.prototype.delete = failing;
    fireEvent.click(within(notice).getByRole('button', { name: 'Delete what was set aside' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'What was set aside could not be deleted.Problem: UnknownError: The write failed. Nothing was deleted: it is still kept in this browser.Dismiss',
    );
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'refused-1.csv (observations.0.value: too big)',
      'refused-2.csv (observations.0.value: too big)',
    ]);
    expect(screen.queryByText('Your data could not be kept in this browser.')).toBeNull();
    expect(await get('set-aside', db)).toHaveLength(2);

    IDBObjectStore.prototype.put = put;
    IDBObjectStore.prototype.delete = remove;
    fireEvent.click(within(notice).getByRole('button', { name: 'Delete what was set aside' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Stored data set aside' })).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await get('set-aside', db)).toBeUndefined();
  });

  it('says "Deleting…" (aria-disabled, and politely) while another connection holds the store', async () => {
    const { get, db, useImportStore, StorageNotice } = await storedAside([aside(1)]);
    render(<StorageNotice />);
    const notice = screen.getByRole('region', { name: 'Stored data set aside' });
    const release = await holdStore();
    fireEvent.click(within(notice).getByRole('button', { name: 'Delete what was set aside' }));
    const deleting = await within(notice).findByRole('button', { name: 'Deleting…' });
    expect(deleting.getAttribute('aria-disabled')).toBe('true');
    expect(within(notice).getByRole('status').textContent).toBe('Deleting what was set aside…');
    act(() => release());
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Stored data set aside' })).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await get('set-aside', db)).toBeUndefined();
    expect(useImportStore.getState().deletingAside).toBe(false);
  });
});

describe('Delete what was set aside, written', () => {
  it('moves the focus from the notice that leaves to the Add data button, not to the page’s body', async () => {
    const { get, db, StorageNotice } = await storedAside([aside(1)]);
    const { AddData } = await import('../../src/import/AddData');
    const { franceDataset } = await import('./franceDataset');
    render(
      <>
        <StorageNotice />
        <AddData base={franceDataset} />
      </>,
    );
    const notice = screen.getByRole('region', { name: 'Stored data set aside' });
    const button = within(notice).getByRole('button', { name: 'Delete what was set aside' });
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Stored data set aside' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add data' }));
    expect(await get('set-aside', db)).toBeUndefined();
  });
});
