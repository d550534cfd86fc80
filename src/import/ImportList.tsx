import { type RefObject, useEffect, useRef, useState } from 'react';
import { count } from '../data/plural';
import { useImportStore } from './importStore';

/**
 * The analyst's imported files, each with Remove. While its removal is written (IndexedDB may wait
 * for another tab) the row stays, its button says "Deleting…" and takes no click, and a polite status
 * says so; a removal that fails leaves the row as it was (the storage notice says why). When a row
 * goes, the focus it held moves to the next row's button (the last row's when it was the last), or to
 * the panel's heading (`emptyFocus`) when no file is left.
 */
export function ImportList({ emptyFocus }: { emptyFocus: RefObject<HTMLElement | null> }) {
  const imports = useImportStore((s) => s.imports);
  const removing = useImportStore((s) => s.removing);
  const [removed, setRemoved] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  /** The row whose removal was asked here, and its place: where the focus goes when it leaves. */
  const focusAfter = useRef<{ id: string; index: number } | null>(null);

  useEffect(() => {
    const after = focusAfter.current;
    if (!after || imports.some((i) => i.id === after.id)) return;
    focusAfter.current = null;
    // Only a focus that went with the row (the reader may have moved on meanwhile).
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(after.index, buttons.length - 1)] ?? emptyFocus.current)?.focus();
  }, [imports, emptyFocus]);

  const remove = async (id: string, fileName: string, index: number) => {
    if (useImportStore.getState().removing.includes(id)) return;
    focusAfter.current = { id, index };
    setRemoved('');
    await useImportStore.getState().remove(id);
    if (useImportStore.getState().imports.some((i) => i.id === id)) {
      if (focusAfter.current?.id === id) focusAfter.current = null;
    } else setRemoved(`Removed ${fileName}.`);
  };

  const deleting = imports.filter((i) => removing.includes(i.id)).map((i) => i.fileName);
  return (
    <>
      <p role="status" className="visually-hidden">
        {deleting.length > 0 ? `Deleting ${deleting.join(', ')}…` : removed}
      </p>
      {imports.length > 0 && (
        <ul className="import-list" aria-label="Your imported files" ref={listRef}>
          {imports.map((i, n) => {
            const busy = removing.includes(i.id);
            return (
              <li key={i.id}>
                <bdi>{i.fileName}</bdi>
                {`: ${count(i.observations.length, 'figure', 'figures')}, `}
                {i.indicators.map((x, k) => (
                  <span key={x.id}>
                    {k > 0 && ', '}
                    <bdi>{x.label}</bdi>
                  </span>
                ))}{' '}
                <button
                  type="button"
                  aria-disabled={busy || undefined}
                  onClick={() => void remove(i.id, i.fileName, n)}
                  aria-label={`${busy ? 'Deleting' : 'Remove'} ${i.fileName}`}
                >
                  {busy ? 'Deleting…' : 'Remove'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
