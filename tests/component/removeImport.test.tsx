import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { franceDataset } from './franceDataset';
import { holdStore } from './holdStore';

/**
 * Remove in the Add data panel over IndexedDB (fake-indexeddb), while another connection holds the
 * store (as another tab can) and when the browser refuses the write (issue 26): the row says
 * "Deleting…" and takes no click until the removal is written; a failed removal leaves the row, the
 * list and the report as they were, with the storage notice's alert; the focus moves to the next
 * row's button, or to the panel's heading when no file is left.
 */
const { put, delete: remove } = IDBObjectStore.prototype;
afterEach(() => {
  IDBObjectStore.prototype.put = put;
  IDBObjectStore.prototype.delete = remove;
  vi.unstubAllGlobals();
});

const csv = (label: string) => `country,indicator,year,value,label\nFR,${label},2020,40,${label}\n`;

async function setUp() {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  const { createStore, get } = await import('idb-keyval');
  const db = createStore('epsos-indicators', 'user-data');
  const { useImportStore } = await import('../../src/import/importStore');
  const { parseImport } = await import('../../src/import/parseImport');
  const AddDataPanel = (await import('../../src/import/AddDataPanel')).default;
  const StorageNotice = (await import('../../src/import/StorageNotice')).default;
  const store = useImportStore.getState();
  await store.hydrate();
  for (const name of ['alpha', 'beta']) {
    const { data } = parseImport(csv(name), `${name}.csv`, franceDataset);
    if (!data) throw new Error(`${name}: not parsed`);
    await store.add(data, { fileName: `${name}.csv`, loaded: 1, rejected: [], refused: null });
  }
  render(
    <>
      <StorageNotice />
      <AddDataPanel base={franceDataset} id="add" />
    </>,
  );
  const stored = async () =>
    ((await get<{ imports: { fileName: string }[] }>('own-data', db))?.imports ?? []).map((i) => i.fileName);
  expect(await stored()).toEqual(['alpha.csv', 'beta.csv']);
  const list = () => screen.getByRole('list', { name: 'Your imported files' });
  const rows = () =>
    within(list())
      .getAllByRole('listitem')
      .map((li) => li.textContent);
  return { useImportStore, stored, list, rows };
}

describe('Remove in the Add data panel', () => {
  it('says "Deleting…" while another connection holds the store, takes no second click, then moves the focus on', async () => {
    const { useImportStore, stored, rows } = await setUp();
    const before = useImportStore.getState().imports;
    const release = await holdStore();
    const button = screen.getByRole('button', { name: 'Remove alpha.csv' });
    button.focus();
    fireEvent.click(button);
    const deleting = await screen.findByRole('button', { name: 'Deleting alpha.csv' });
    expect(deleting.textContent).toBe('Deleting…');
    expect(deleting.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(deleting);
    // Said politely, and the row is still listed (with what it brought into the view).
    const status = screen.getAllByRole('status').find((s) => s.textContent?.startsWith('Deleting'));
    expect(status?.textContent).toBe('Deleting alpha.csv…');
    expect(rows()).toEqual(['alpha.csv: 1 figure, alpha Deleting…', 'beta.csv: 1 figure, beta Remove']);
    expect(useImportStore.getState().imports).toBe(before);
    // A second click asks nothing more.
    fireEvent.click(deleting);
    expect(useImportStore.getState().removing).toEqual([useImportStore.getState().imports[0]?.id]);

    act(() => release());
    await waitFor(() => expect(rows()).toEqual(['beta.csv: 1 figure, beta Remove']));
    expect(await stored()).toEqual(['beta.csv']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove beta.csv' }));
    // Said once the removal has settled (ImportList sets it after the store's remove resolves: a render later).
    await waitFor(() =>
      expect(screen.getAllByRole('status').some((s) => s.textContent === 'Removed alpha.csv.')).toBe(true),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a removal the browser refuses leaves the row and the list as they were, with the alert; then the focus goes to the heading', async () => {
    const { useImportStore, stored, rows } = await setUp();
    const before = useImportStore.getState().imports;
    const failing = () => {
      throw new DOMException('The write failed.', 'UnknownError');
    };
    IDBObjectStore.prototype.put = failing;
    IDBObjectStore.prototype.delete = failing;
    const button = screen.getByRole('button', { name: 'Remove beta.csv' });
    button.focus();
    fireEvent.click(button);
    const alert = await screen.findByRole('alert');
    // The alert names the file (its name isolated: the reader's own text).
    expect(within(alert).getByText('beta.csv').tagName).toBe('BDI');
    expect(alert.textContent).toBe(
      'Could not remove beta.csv from this browser.Problem: UnknownError: The write failed. Nothing was removed: it is still kept in this browser.Dismiss',
    );
    // The row's button says Remove again once the failed removal has settled (a render after the alert).
    const again = await screen.findByRole('button', { name: 'Remove beta.csv' });
    expect(again.getAttribute('aria-disabled')).toBeNull();
    expect(document.activeElement).toBe(again);
    expect(rows()).toEqual(['alpha.csv: 1 figure, alpha Remove', 'beta.csv: 1 figure, beta Remove']);
    // The same list, never taken out and put back: the view keeps what it drew.
    expect(useImportStore.getState().imports).toBe(before);
    expect(useImportStore.getState().removing).toEqual([]);
    expect(await stored()).toEqual(['alpha.csv', 'beta.csv']);

    IDBObjectStore.prototype.put = put;
    IDBObjectStore.prototype.delete = remove;
    // The last row removed: the focus goes to the next row up, then to the heading.
    fireEvent.click(again);
    await waitFor(() => expect(rows()).toEqual(['alpha.csv: 1 figure, alpha Remove']));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove alpha.csv' }));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove alpha.csv' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Your imported files' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Add your own data' }));
    expect(await stored()).toEqual([]);
  });
});
