import { type RefObject, useEffect, useState } from 'react';

/**
 * Width of an element, kept current by a ResizeObserver, so charts fill their container. The first
 * render uses an estimate (no forced layout while the page loads); the observer's first report,
 * delivered after layout, corrects it when the estimate was off.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, estimate: () => number): number {
  const [width, setWidth] = useState(() => Math.max(280, Math.floor(estimate())));
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured) setWidth(Math.max(280, Math.floor(measured)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
