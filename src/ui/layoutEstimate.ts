/**
 * The chart column's width from the window width and the page grid (styles.css: .app max 1800 px,
 * 1 rem padding each side; beside an open profile from 900 px up, a 1.25 rem gap and a 26 rem panel).
 * Used for the first render only; a ResizeObserver reports the real width.
 *
 * While the prerendered page hydrates, the first render must draw the chart at the width it was
 * prerendered at (else React finds other markup than the server's): `pinChartWidth` sets that.
 */
let pinned: number | null = null;

export function pinChartWidth(width: number | null): void {
  pinned = width;
}

export function estimateChartWidth(windowWidth: number, profileOpen: boolean, rem = 16): number {
  if (pinned !== null) return pinned;
  const page = Math.min(windowWidth, 1800) - 2 * rem;
  if (!profileOpen || windowWidth <= 900) return page;
  const panel = Math.min(26 * rem, Math.max(18 * rem, page * 0.35));
  return page - 1.25 * rem - panel;
}
