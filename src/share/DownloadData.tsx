import { Suspense, useId } from 'react';
import { ErrorInPlace } from '../ui/ErrorInPlace';
import { preloadable } from '../ui/preloadable';
import { usePopover } from '../ui/useDismiss';
import type { DownloadDataProps } from './DownloadDataPanel';

/** The menu's contents load when the pointer or the focus reaches the button (most visits never open it). */
const downloadDataPanel = preloadable(() => import('./DownloadDataPanel'));
const DownloadDataPanel = downloadDataPanel.Component;

/**
 * Download data: the full dataset (a static ZIP built with the app) or the data of this view (a ZIP
 * built in the browser, code loaded on first use). Both are Frictionless Data Packages.
 */
export function DownloadData(props: DownloadDataProps) {
  const id = useId();
  const { open, setOpen, rootRef } = usePopover();
  return (
    <div className="download-data" ref={rootRef}>
      <button
        type="button"
        aria-label="Download data"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onPointerEnter={downloadDataPanel.warm}
        onFocus={downloadDataPanel.warm}
        onClick={() => setOpen(!open)}
      >
        Data
      </button>
      {open && (
        <div className="share-panel" id={`${id}-menu`}>
          <ErrorInPlace failed="Download data could not be loaded" onRetry={downloadDataPanel.warm}>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <DownloadDataPanel {...props} />
            </Suspense>
          </ErrorInPlace>
        </div>
      )}
    </div>
  );
}
