import { Suspense, useId, useState } from 'react';
import type { ImportedData } from '../data/importedData';
import { ErrorInPlace } from '../ui/ErrorInPlace';
import { preloadable } from '../ui/preloadable';
import { usePopover } from '../ui/useDismiss';

/** The panel's contents load on first use (or when the browser is idle): most visits never open it. */
const sharePanel = preloadable(() => import('./SharePanel'));
const SharePanel = sharePanel.Component;

/** Fetches the panel's code ahead (ExportToolbar, when the browser is idle). */
export const preloadSharePanel = sharePanel.warm;

/** The height of the chart figure on screen, for the embed snippet; null when there is none. */
function chartFigureHeight(): number | null {
  const figure = document.querySelector('#chart-panel figure');
  return figure ? figure.getBoundingClientRect().height : null;
}

/**
 * Share: the link to this view, the link with the reader's own data when the view shows some, and
 * an iframe snippet that embeds just the chart.
 */
export function ShareMenu({
  link,
  title,
  ownData,
}: {
  link: string;
  title: string;
  /** The analyst's imports, when the view shows any of their indicators. */
  ownData: { imports: readonly ImportedData[]; indicators: readonly string[] } | null;
}) {
  const id = useId();
  const { open, setOpen, rootRef, close } = usePopover();
  const [height, setHeight] = useState<number | null>(null);
  const toggle = () => {
    if (!open) setHeight(chartFigureHeight());
    setOpen(!open);
  };
  return (
    <div className="share" ref={rootRef}>
      <button type="button" aria-expanded={open} aria-controls={`${id}-share`} onClick={toggle}>
        Share
      </button>
      {open && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the menu.
        <div className="share-panel" id={`${id}-share`} onKeyDown={(e) => e.key === 'Escape' && close()}>
          <ErrorInPlace failed="Share could not be loaded" onRetry={preloadSharePanel}>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <SharePanel link={link} title={title} ownData={ownData} height={height} onClose={close} />
            </Suspense>
          </ErrorInPlace>
        </div>
      )}
    </div>
  );
}
