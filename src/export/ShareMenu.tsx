import { useCallback, useId, useRef, useState } from 'react';
import { useDismiss } from '../ui/useDismiss';

/** Share: the link to this view and an iframe snippet that embeds just the chart. */
export function embedSnippet(link: string): string {
  // Appended rather than set through URLSearchParams, which would re-encode the commas of the canonical link.
  const base = link.replace(/([?&])embed=[^&#]*&?/g, '$1').replace(/[?&]$/, '');
  const withEmbed = `${base}${base.includes('?') ? '&' : '?'}embed=1`;
  const src = withEmbed.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${src}" title="epSOS Indicators chart" width="800" height="600" style="border:0" loading="lazy"></iframe>`;
}

export function ShareMenu({ link }: { link: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  useDismiss(
    rootRef,
    open,
    useCallback(() => setOpen(false), []),
  );
  return (
    <div className="share" ref={rootRef}>
      <button type="button" aria-expanded={open} aria-controls={`${id}-share`} onClick={() => setOpen(!open)}>
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
          <label>
            Embed code (iframe)
            <textarea
              readOnly
              rows={4}
              value={embedSnippet(link)}
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
