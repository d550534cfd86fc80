import { EMBED_HEIGHT_MESSAGE } from './embed';

/**
 * The embedded view (`embed=1`) tells the page that frames it how tall it is, each time that
 * changes, so the embed code's sizing script (public/embed.js) fits the iframe to it: the chart,
 * its source line and the link back, with no inner scrollbar. Message: `{ type, height }` (embed.ts).
 * Nothing is sent when the view is not framed.
 */
export function reportEmbedHeight(win: Window = window): () => void {
  if (win.parent === win) return () => undefined;
  const root = win.document.documentElement;
  let last = 0;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    // The height only (no data, no address): any page may frame an embed and read it.
    win.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(root);
  post();
  return () => observer.disconnect();
}
