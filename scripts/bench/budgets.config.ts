/**
 * Performance and accessibility budgets, enforced in CI by scripts/bench/budgets.ts. Issue 11's goals
 * are only partly met. Measured on this 2-core machine (bench, no other load, 2026-11-29): Lighthouse
 * performance 87–91, LCP 760–843 ms, first chart / floor 1.53× (1.31–2.18× per pair; up to 2.4× while
 * other work loaded the machine). TBT (368–518 ms) is what holds the score back: its largest task is
 * the entry module's evaluation, and in a trace at 4× CPU 280 ms of its 400–470 ms were V8 collecting
 * source positions for the stack traces of the errors react-dom creates as it loads. V8 records those
 * when a DevTools session is attached, as Lighthouse and Playwright attach one; with the session
 * attached only after the load, no task after the first paint passed 50 ms (unthrottled, 4 runs). The
 * gates hold the measured level with a margin for a busy machine.
 */
export const BUDGETS = {
  /**
   * Gzip bytes of the JavaScript the browser fetches on `/` before the page is interactive and its
   * chart drawn, measured in Chromium (initialScripts.ts; issue 19: 105 KB, issue 24: counted as the
   * browser fetches it, zod's chunks included until they left the boot). Goal 105 KB (107,520 B):
   * not met after the merge of 2026-12-06. Helper perf alone measured 107,166 B (from 108,145 B): React
   * in a chunk of its own (−605 B), the embedded view and the Download data menu as chunks of their
   * own (−346 B). The merged code measures 108,035 B: the chart kinds' shared pieces in one chunk that
   * the landing view loads whole (`chart-parts`, issue 27, +510 B) and the large-import code in the
   * entry (issue 26, +381 B). React and react-dom are 67.5 KB of it, the app's entry 33.7 KB
   * (react-query ~10 KB of that). The gate holds today's level, as before the session (106 KB).
   * Helper js105 (2026-12-06): 108,343 B, +113 B for the profile panel's hold on a deep link
   * (src/app/boot/deferredParts.ts); `/` was not cut.
   * Helper js105b (2026-12-06): 108,435 → 107,369 B (goal met on `/`, not with 400 B to spare): Vite's
   * preload helper resolved to a plain call (−643 B; vite.config.ts `noPreloadHelper`), the words of
   * dropped values and the print-size arithmetic out of the entry (−499 B), the profile's scroll and
   * focus loaded with the first choice (−164 B), panels and value labels in a chunk of their own
   * (`label-parts`, +236 B here, −556 B on the deep link).
   * Merged with large4 (All surveys drawn in staged commits after a large import; `useStaged` in
   * `chart-parts`): 107,638 B, 118 B over the goal. The gate: about 260 B above that level.
   * Helper js105c (2026-12-06): 107,629 → 106,602 B, goal met with 918 B to spare: the pickers' option
   * lists and coverage counts made by their panels as they open (src/ui/pickerOptions.ts, −675 B; the
   * first render no longer builds the coverage), what the export toolbar's buttons do loaded on first
   * use (src/app/toolbarActions.ts, −166 B), the Share menu and Copy link reading the view's own data
   * themselves (src/share/ownData.ts, −107 B), the notices in one chunk loaded when one shows (−79 B).
   * The gate: about 250 B above that level.
   */
  initialJsGzipBytes: 106_850,
  /**
   * The same on a deep link (DEEP_LINK: the gap chart, 5 countries, a profile). Goal 105 KB (issue 24):
   * not met. 112,620–112,848 B after the merge of 2026-12-06; on helper js105's branch (2026-12-06):
   * the band charts on d3-scale's scaleBand again (d3-scale 4.0.2, one file per function; the
   * hand-written band scale gone): 113,790 B (+942 B: band.js, ordinal.js, d3-array's range and
   * InternMap); d3-array 3.2.4 (one file per function too, the gap chart no longer takes the whole
   * tree-shaken module): −350 B; the profile panel's code (ProfilePanel and latestByConcept, 4.0 KB)
   * fetched once the page is interactive, not ahead (src/app/boot/deferredParts.ts; +113 B in the
   * entry): 109,424 B. Left: the entry (33.9 KB, react-query ~10 KB of it) and the gap chart
   * with its shared chunks (~7.6 KB) on top of React (67.5 KB). The gate: 108 KB (110,592 B), about
   * 1 KB above the measured level.
   * Helper js105b (2026-12-06): 109,877 → 108,013 B, not met (the same cuts as on `/`, and `label-parts`
   * −556 B). Left: All surveys' and Over time's view model code (surveyPanels, timeSeries, ~900 B
   * here) could load with those kinds, but rolldown 1.2 split five data modules out of the entry when
   * a lazy module reached surveyPanels through viewShapes (rolldown#9963); with that import avoided,
   * −888 B here and +519 B on `/` (the code compresses worse apart). React Query's QueryClient brings
   * its mutation and infinite-query code (~1.5 KB gzip) that the app never runs. Merged with large4 and
   * left26: 107,902 B, 382 B over the goal. The gate: about 400 B above that level.
   * Helper js105c (2026-12-06): 107,891 → 106,871 B, goal met with 649 B to spare (the same four cuts:
   * −669, −165, −109, −77 B). Measured and left: All surveys' and Over time's legend code
   * (surveys/style.ts and the survey keys of legendItems.ts) drawn with those kinds' code, −475 B here
   * but +390 B on `/` (in `label-parts`; +700 B as chunks of their own); Rolldown's runtime helpers
   * (`rolldown-runtime`, 429 B) stay a file of their own (a chunk group never sees the runtime module);
   * `experimentalInlineCommonChunks` made the entry split (+4 KB). The gate: about 230 B above.
   */
  deepLinkJsGzipBytes: 107_100,
  /**
   * Gzip bytes of the largest chunk loaded on demand (the map's, with d3-geo, is 16.7 KB). A
   * dynamic `import('zod/mini')` once kept the whole zod namespace, every locale included: an 83 KB
   * chunk that a link with a profile, the map and own data all fetched. This gate would have caught it.
   */
  largestLazyChunkGzipBytes: 24 * 1024,
  /** Gzip bytes of the CSS of the first page load. */
  initialCssGzipBytes: 20 * 1024,
  /** Lighthouse accessibility score (0–100): EN 301 549 / WCAG 2.1 AA leaves no room below full marks. */
  lighthouseAccessibility: 100,
  /** Lighthouse performance score (0–100), mobile emulation with its default throttling (goal 99).
   * 81–84 after stop 23 (TBT 650–780 ms, LCP ~0.9 s; 79 with the machine loaded); 82 and 76 (best of
   * three, TBT 754 and 1,215 ms) in two runs on 2026-12-06 with the machine's load at 4–5, so the gate
   * stays at 75. TBT is what is left to cut: the evaluation of react-dom and the hydration. The
   * deep link through the edge scored 89–100 (its chart is in the HTML). */
  lighthousePerformance: 75,
  /**
   * Lighthouse largest contentful paint on `/`, ms (goal 1,200 ms; measured 775–1,393 ms, 2,400–2,700
   * before the boot script, which this gate would catch).
   */
  lighthouseLcpMs: 1800,
  /**
   * Time to first chart on `/` (navigation → first visible chart mark painted, 4× CPU throttle),
   * as a ratio to a static page holding the same SVG and stylesheet, median of interleaved runs
   * (issue 11's goal 1.3×; measured 1.47× on a quiet machine, up to 2.4× under load; 1.64–2.64×
   * before the boot script). budgets.ts measures a second set of runs before it calls a breach.
   */
  firstChartRatio: 2.5,
  /**
   * Issue 24: a deep link's first chart through the edge (wrangler pages dev, workerd; the page
   * rendered by functions/ and hydrated) against the same chart as a static page through the same
   * server, median of interleaved runs (scripts/bench/edge.ts). Goal 1.3×: not met. Measured 1.67–2.36×
   * in four runs on a quiet machine, 3.2× on a loaded one (one set of 5); on 2026-12-06, 1.48×, 1.75×,
   * 1.71×, 1.86× in four runs with the machine's load at 4–6. A trace at 4× CPU puts the cost before
   * the scripts: the first chart is painted from the HTML before any script is fetched, and the page
   * parses, styles, lays out and paints about 3× the floor's work (a whole dashboard: ParseHTML 121 ms
   * against 31, layout 249 against 67, paint 95 against 27 in one run); when the parser yields before
   * the chart, each partial page is laid out and painted (5–10 layouts against 1–2). budgets.ts now
   * measures a second set before it calls a breach, as on `/`, so the gate can be 2.5×.
   */
  edgeFirstChartRatio: 2.5,
  /**
   * Issue 24, what the edge itself costs: the deep link's first chart through the edge against the
   * very page the edge sent, saved as a static file and served by the same server with the same query
   * (scripts/bench/edge.ts, the same interleaved runs). Goal 1.3×: met in the three runs of
   * 2026-12-06 after the pages were kept in the isolate's memory (medians of 7–9 rounds: 1.22× at load
   * 8, 0.82× and 1.30× at load 1–4), while the first floor (the bare chart) measured 2.34×, 1.24× and
   * 1.85× in the same rounds and the page itself, static, 1.92×, 1.53× and 1.43× the bare chart. Single
   * rounds spread 0.6–1.9×, so the gate is 1.5×, with a second set of rounds before a breach counts.
   */
  edgeSamePageRatio: 1.5,
  /**
   * Issue 26: the longest main-thread task after a 50,000-row import, worst chart kind, ms (4× CPU;
   * scripts/bench/largeImportSection.ts). Goal 200 ms. Measured on main before this gate (the bench
   * then counted Playwright's own decoding of the file, 1.3 s, as the app's): bars 1.7 s, map 1.8 s,
   * over time 2.9 s, all surveys 4.1 s; without that artefact 0.4–2.4 s. After the index in slices,
   * the transition, rows to and from workers in pieces, the IndexedDB write in a worker and the
   * 500-mark cap per panel (2026-12-06, one run each, the machine shared): surveys 295, bars 262,
   * map 194, time 157, ranking 113, gap 101, table 91, scatter 72 ms (up to 547 ms, surveys, on a
   * busier machine). What is left is the browser's
   * style and layout of the redrawn page (bars: 2,100 layout objects, 191 ms) and the panel's
   * React render. The gate holds 800 ms, a guard against the seconds-long tasks coming back; a
   * kind over it is measured a second time before it counts. Not tightened on 2026-12-06 (the keyboard
   * layer a commit after the marks): with the machine's load at 7–11, single runs reached 603 ms
   * (surveys), 633 and 844 ms (map), 630 ms (time), where quieter runs gave 167–390 ms.
   * 2026-12-06, later (branch large3: the import joins the view when its merge lands, one drawing
   * instead of two; the selection from the first row per indicator and country, found in the parse
   * worker; the map's outlines kept; the merge worker says which imports need no check of every row;
   * All surveys and Over time resolve the cells of drawn rows only; bars, gap and Over time add
   * hundreds of new marks about 120 per commit, useStaged): three interleaved runs each, load 2.8–4.6,
   * longest task, median (runs), this branch against main: surveys (measured with All surveys staged
   * too, 85, 109, 192; staging taken out of All surveys after it broke phone-tap.e2e.ts, where two
   * runs without it gave 241 and 169 against 122 and 113 with it) against 244 (196, 380, 244); bars
   * 101 (98, 146, 101) / 199 (205, 199, 198); gap 80 (102, 80, 74) / 161 (161, 287, 129); ranking 75
   * / 133; map 73 (72, 73, 84) / 232 (212, 232, 330); scatter 69 / 139; table 93 (86, 93, 186) / 135;
   * time 179 (179, 144, 249) / 163 (163, 131, 186). Over time and All surveys are still over 200 ms
   * in some runs: Over time's view model (every wave of every line, 5,600 cells, in one component's
   * render), All surveys' frame of 3,100 new SVG elements; so the gate stays at 800 ms.
   * 2026-12-06, branch large4: Over time's model (every wave's cells, the survey panels, the coverage)
   * and All surveys' rows' cells resolved in slices before the merge's render (src/data/prepareView.ts;
   * a profile of Over time: the Dashboard's render 207 → 72 ms); All surveys staged again (useStaged
   * over its marks, the keyboard layer's buttons with them; phone-tap.e2e.ts had failed on a tooltip
   * the tap showed first of the mark on top, fixed in useMarks). Before (main, three runs, load
   * 2.2–5.7): surveys 194/374/201, time 93/160/214, bars 149/155/86, map 70/93/123, ranking 94/87/119,
   * table 97/105/88, gap 101/82/87, scatter 0/71/96 ms. After (six runs, load 0.1–3.1, the last three
   * with the rows' cells too): surveys 109/102/196, 144/87/104; time 70/80/128, 56/58/69; bars
   * 114/105/156, 95/84/102; table 123/193/87, 132/119/217; gap ≤ 98, ranking ≤ 101, map ≤ 73,
   * scatter ≤ 74 ms. Every kind at or under 170 ms in most runs, but not all: the table (one frame of
   * style, layout and paint of the redrawn table, 125 ms in a trace) and single runs of All surveys.
   * Branch table4: the table's new rows drawn in staged commits of ~120 cells (its one frame of style
   * and layout for 32 rows × 13 columns had reached 245 ms) and its scroll box `contain: content`;
   * table alone, nine interleaved runs each at load 2.9–7.1: median 152 → 109 ms, worst 299 → 223.
   * Merged (int, 2026-12-06, three runs of the whole section, load 1.5–3.8), longest task per kind:
   * surveys 161/76/99, bars 126/134/94, table 124/117/87, ranking 75/58/111, map 83/76/104,
   * gap 64/61/93, time 64/62/67, scatter <50/64/67 ms: every kind under 200 ms in every run, the
   * worst 161 ms. A fresh-clone CI run of that code the same day, the machine otherwise idle: surveys
   * 203 ms (measured again, still over), table 184, map 107, bars 97 ms: the goal is not met in every
   * run. Branch large5, after a Performance trace (scripts/bench/traceLargeImport.ts) showed the
   * 100–160 ms tasks were frames of style, layout and paint of staged commits (120 new marks: 960
   * new SVG elements in All surveys), the first of each change also moving every drawn row: 60 new
   * marks per commit (the table 60 cells), the drawn marks first in their new places, rows in pieces
   * of 2,000 to and from the workers, the file's decoding, scan and post in tasks of their own.
   * Eight runs of the whole section, load 3.0–5.5, longest task per kind (ms): surveys
   * 179(60 marks only)/66/68/80/114/74/79/63/72, bars ≤ 110, gap ≤ 109, ranking ≤ 116 but 184 once (load
   * 5.5), map ≤ 132, scatter ≤ 89, time ≤ 97, table 68–157 at 120 cells, then 96/86/84 at 60. The
   * last three runs (the branch's code): worst 107, 87, 108 ms. The gate at the goal, 200 ms (a
   * kind over it is measured again before it counts).
   */
  largeImportLongestTaskMs: 200,
} as const;

/** The deep link whose initial JS is gated (the bench's "deep link" too): another kind, a profile. */
export { DEEP_LINK } from './config';

/** How the first-chart ratio is measured for the gate (the bench uses the same method). */
export const FIRST_CHART = { runs: 5, cpuThrottle: 4, viewport: { width: 1400, height: 900 } } as const;
