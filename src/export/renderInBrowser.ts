import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/**
 * React to markup in the browser: rendered into a detached element (never in the page: not seen,
 * not read, takes no focus) and serialised. The page's own React renderer does it, so the export
 * does not load react-dom/server (32 KB gzip, more than a lazy chunk may weigh); servers and tests
 * render the same elements with renderToStaticMarkup (renderViewSvg.ts).
 */
export function renderInBrowser(node: ReactElement): string {
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    flushSync(() => root.render(node));
    const svg = host.firstElementChild;
    return svg ? new XMLSerializer().serializeToString(svg) : '';
  } finally {
    root.unmount();
  }
}
