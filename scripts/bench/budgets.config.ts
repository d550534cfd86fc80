/** Performance and accessibility budgets, enforced in CI by scripts/bench/budgets.ts. */
export const BUDGETS = {
  /** Gzip bytes of the JavaScript the first page load fetches (entry + its static imports). */
  initialJsGzipBytes: 150 * 1024,
  /** Gzip bytes of the CSS of the first page load. */
  initialCssGzipBytes: 20 * 1024,
  /** Lighthouse accessibility score (0–100): EN 301 549 / WCAG 2.1 AA leaves no room below full marks. */
  lighthouseAccessibility: 100,
  /** Lighthouse performance score (0–100), mobile emulation with its default throttling. */
  lighthousePerformance: 90,
} as const;
