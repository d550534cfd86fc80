import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import type { ImportedData } from '../import/parseImport';
import { embedHeight, embedSnippet } from '../share/embed';
import { useDismiss } from '../ui/useDismiss';

export { embedSnippet };

const LinkWithData = lazy(() => import('../share/LinkWithData'));

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
  const [open, setOpen] = useState(false);
  const [height, setHeight] = useState<number | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useDismiss(
    rootRef,
    open,
    useCallback(() => setOpen(false), []),
  );
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
        <div
          className="share-panel"
          id={`${id}-share`}
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          <label>
            Link to this view
            <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </label>
          {ownData && (
            <Suspense fallback={<p role="status">Preparing the link with your data…</p>}>
              <LinkWithData imports={ownData.imports} indicators={ownData.indicators} link={link} />
            </Suspense>
          )}
          <label>
            Embed code (iframe)
            <textarea
              readOnly
              rows={4}
              value={embedSnippet(link, { title, height: embedHeight(height) })}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
