import { Suspense, useId } from 'react';
import type { Dataset } from '../data/schema';
import { useFramedFullApp } from '../state/framing';
import { ErrorInPlace } from '../ui/ErrorInPlace';
import { preloadable } from '../ui/preloadable';
import { usePopover } from '../ui/useDismiss';
import { useImportStore } from './importStore';

const addDataPanel = preloadable(() => import('./AddDataPanel'));
const AddDataPanel = addDataPanel.Component;

/** The "Add data" button (rendered with the page) and its panel, loaded when first opened. */
export function AddData({ base }: { base: Dataset }) {
  const id = useId();
  const { open, setOpen, rootRef } = usePopover();
  const count = useImportStore((s) => s.imports.length);
  const framed = useFramedFullApp();
  return (
    <div className="add-data" ref={rootRef}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
        disabled={framed}
      >
        Add data{count > 0 ? ` (${count})` : ''}
      </button>
      {open && (
        <ErrorInPlace failed="Add data could not be loaded" onRetry={addDataPanel.warm}>
          <Suspense fallback={<p role="status">Loading…</p>}>
            <AddDataPanel base={base} id={`${id}-panel`} />
          </Suspense>
        </ErrorInPlace>
      )}
    </div>
  );
}
