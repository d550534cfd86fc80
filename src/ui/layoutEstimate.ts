/**
 * The chart column's width from the window width and the page grid (styles.css: .app max 1800 px,
 * 1 rem padding each side; beside an open profile from 900 px up, a 1.25 rem gap and a 26 rem panel).
 * Used for the first render only; a ResizeObserver reports the real width.
 */
export function estimateChartWidth(windowWidth: number, profileOpen: boolean, rem = 16): number {
  const page = Math.min(windowWidth, 1800) - 2 * rem;
  if (!profileOpen || windowWidth <= 900) return page;
  const panel = Math.min(26 * rem, Math.max(18 * rem, page * 0.35));
  return page - 1.25 * rem - panel;
}
