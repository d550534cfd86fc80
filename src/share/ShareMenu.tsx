import { Suspense, useId } from 'react';
import { ErrorInPlace } from '../ui/ErrorInPlace';
import { preloadable } from '../ui/preloadable';
import { usePopover } from '../ui/useDismiss';

/** The panel's contents load on first use (or when the browser is idle): most visits never open it. */
const sharePanel = preloadable(() => import('./SharePanel'));
const SharePanel = sharePanel.Component;

/** Fetches the panel's code ahead (ExportToolbar, when the browser is idle). */
export const preloadSharePanel = sharePanel.warm;

/**
 * Share: the link to this view, the link with the reader's own data when the view shows some, and
 * an iframe snippet that embeds just the chart.
 */
export function ShareMenu({
  link,
  title,
  indicators,
}: {
  link: string;
  title: string;
  /** The view's indicators (the analyst's own among them travel with the link). */
  indicators: readonly string[];
}) {
  const id = useId();
  const { open, setOpen, rootRef, close } = usePopover();
  return (
    <div className="share" ref={rootRef}>
      <button type="button" aria-expanded={open} aria-controls={`${id}-share`} onClick={() => setOpen(!open)}>
        Share
      </button>
      {open && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the menu.
        <div className="share-panel" id={`${id}-share`} onKeyDown={(e) => e.key === 'Escape' && close()}>
          <ErrorInPlace failed="Share could not be loaded" onRetry={preloadSharePanel}>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <SharePanel link={link} title={title} indicators={indicators} onClose={close} />
            </Suspense>
          </ErrorInPlace>
        </div>
      )}
    </div>
  );
}
