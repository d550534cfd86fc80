/**
 * `npm run bench`: a performance report of the built app, printed as one table. Nothing here is a
 * gate (see budgets.ts for those); numbers vary with the machine, so read them as a comparison.
 * Each section is a file of its own, listed in SECTIONS below with its BENCH_ONLY key:
 *
 * 0. build.ts: the data, and the app built into .bench/dist (never dist/, which the browser tests use),
 *    served by vite preview on 127.0.0.1.
 * 1. sizeSection.ts: gzip bytes of the first load's JS and CSS, of each lazy chunk, of the map geometry;
 *    initialScripts.ts (`initial`): the JS Chromium fetches before `/` and the deep link are interactive.
 * 2. lighthouseSection.ts (`lighthouse`): Lighthouse 12 on `/`.
 * 3. firstChartSection.ts (`first`, `deep`, `map`, `kinds`): time to first chart against a static
 *    floor page, on `/`, a deep link and the map; and every chart kind of the registry opened from its link.
 * 4. interactionSection.ts (`interactions`, `synthetic`): select, switch kinds, resize, at 29 real and
 *    250 synthetic countries.
 * 5. exportSection.ts (`export`): Download PNG and SVG.
 * 6. importSection.ts (`import`): a 10 000-row CSV parsed in Node and imported in Chromium;
 *    largeImportSection.ts (`large-import`): per chart kind, the longest main-thread task after a
 *    50,000-row import.
 * 7. shareSection.ts (`packages`): the full data package's size and the view's package.
 *
 * 8. edge.ts (`edge`): a deep link's first chart through the edge (functions/ on workerd, `wrangler
 *    pages dev` serving dist/ from `npm run build`) against the same static page through it; Lighthouse.
 *
 * `BENCH_ONLY=first,deep` (comma-separated keys) runs only those sections, for a quick look while
 * working. Sections 3–5 and 7 run with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate),
 * each run of 3 and 4 in a fresh browser context (no cache, no storage). A section is added here
 * with one line in SECTIONS and a file of its own.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { type Browser, chromium } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browser';
import { buildForBench } from './build';
import { CPU_THROTTLE, DEEP_LINK, outDir, outDirRelative, RUNS, root, VIEWPORT } from './config';
import { type BenchContext, benchData } from './context';
import { edgeReportSection } from './edge';
import { exportSection } from './exportSection';
import { firstChartSection, perKindSection } from './firstChartSection';
import { importBrowserSection, importParseSection } from './importSection';
import { initialScriptsSection } from './initialScripts';
import { interactionSection } from './interactionSection';
import { largeImportSection } from './largeImportSection';
import { lighthouseSection } from './lighthouseSection';
import { addSkipped, printReport, problem, problems, progress, started } from './report';
import { serveBuild } from './serve';
import { shareSection } from './shareSection';
import { sizeSection } from './sizeSection';
import { SYNTHETIC_INDICATORS } from './synthetic';

/** The browser sections, in the order they run: BENCH_ONLY key, name (for problems), the run. */
const SECTIONS: { key: string; name: string; run: (c: BenchContext) => Promise<void> }[] = [
  {
    key: 'initial',
    name: 'initial JS',
    run: (c) => initialScriptsSection(c.browser, c.url, c.outDir, DEEP_LINK),
  },
  {
    key: 'first',
    name: 'first chart',
    run: (c) => firstChartSection(c.browser, '/', c.url, 'bench-floor.html'),
  },
  {
    key: 'deep',
    name: 'first chart, deep link',
    run: (c) =>
      firstChartSection(
        c.browser,
        'deep link',
        new URL(DEEP_LINK, c.url).toString(),
        'bench-floor-deep-link.html',
      ),
  },
  {
    key: 'map',
    name: 'first chart, map',
    run: (c) =>
      firstChartSection(
        c.browser,
        `map, ${c.realCodes.length} countries`,
        new URL(c.viewQuery(c.realCodes, 'map'), c.url).toString(),
        'bench-floor-map.html',
      ),
  },
  { key: 'kinds', name: 'render per kind', run: perKindSection },
  {
    key: 'interactions',
    name: 'interactions (real data)',
    run: (c) =>
      interactionSection(
        c.browser,
        `${c.realCodes.length} countries`,
        new URL(c.viewQuery(c.realCodes), c.url).toString(),
      ),
  },
  {
    key: 'synthetic',
    name: 'interactions (synthetic data)',
    run: (c) =>
      interactionSection(
        c.browser,
        `${c.syntheticCodes.length} synthetic`,
        new URL(c.viewQuery(c.syntheticCodes), c.url).toString(),
        c.syntheticJson,
      ),
  },
  {
    key: 'export',
    name: 'export',
    run: (c) =>
      exportSection(c.browser, new URL(c.viewQuery(c.realCodes), c.url).toString(), c.realCodes.length),
  },
  {
    key: 'import',
    name: 'import',
    run: async (c) => {
      const { text, section } = importParseSection(c.realDataset, RUNS.importParse);
      await importBrowserSection(c.browser, c.url, text, section, {
        runs: RUNS.importBrowser,
        cpuThrottle: CPU_THROTTLE,
        viewport: VIEWPORT,
      });
    },
  },
  {
    key: 'large-import',
    name: 'large import',
    run: (c) =>
      largeImportSection(c.browser, c.url, c.realDataset, { cpuThrottle: CPU_THROTTLE, viewport: VIEWPORT }),
  },
  {
    key: 'packages',
    name: 'data packages',
    run: (c) =>
      shareSection(
        c.browser,
        c.outDir,
        c.realDataset,
        new URL(c.viewQuery(c.realCodes), c.url).toString(),
        {
          countries: c.realCodes,
          indicators: [...SYNTHETIC_INDICATORS],
          chart: 'bars',
          profile: null,
          time: 'latest',
          embed: false,
        },
        { runs: RUNS.viewPackage, cpuThrottle: CPU_THROTTLE, viewport: VIEWPORT },
      ),
  },
  {
    // The edge (functions/ on workerd): serves dist/ from `npm run build` (scripts/bench/edge.ts).
    key: 'edge',
    name: 'edge',
    run: (c) =>
      edgeReportSection(c.browser, root, {
        runs: RUNS.firstChart,
        cpuThrottle: CPU_THROTTLE,
        viewport: VIEWPORT,
        lighthouseRuns: wanted('lighthouse') ? 1 : 0,
      }),
  },
];

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (key: string) => !only || only.includes(key);

buildForBench();
sizeSection(outDir);
const data = benchData(outDir);

const header = [
  `epSOS Indicators benchmark — medians of N runs (Lighthouse ${RUNS.lighthouse}, first chart ${RUNS.firstChart}, per kind ${RUNS.perKind}, interactions ${RUNS.interaction}, PNG export ${RUNS.export}, import ${RUNS.importParse} in Node / ${RUNS.importBrowser} in Chromium, view package ${RUNS.viewPackage})`,
];
const loadAtStart = loadavg()[0] ?? 0;
let server: PreviewServer | null = null;
let browser: Browser | null = null;
try {
  if (!existsSync(CHROMIUM_PATH)) {
    const reason = `Chromium not found at ${CHROMIUM_PATH}`;
    problems.push(
      `${reason}: install it (Debian: apt-get install -y chromium, or bash scripts/ensure-chromium.sh) or set CHROME_PATH.`,
    );
    for (const s of ['Lighthouse', 'first chart', 'interaction', 'export', 'data packages'])
      addSkipped(s, reason);
  } else {
    const served = await serveBuild(outDirRelative);
    server = served.server;
    const url = served.url;
    progress(`serving ${outDirRelative} at ${url}`);
    if (wanted('lighthouse')) await lighthouseSection(url);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    header.push(
      `Chromium ${browser.version()} headless · viewport ${VIEWPORT.width}×${VIEWPORT.height} · CPU throttled ${CPU_THROTTLE}× (CDP) for first chart, interactions and export · build ${outDirRelative}`,
    );
    const context: BenchContext = { ...data, browser, url };
    for (const section of SECTIONS) {
      if (!wanted(section.key)) continue;
      try {
        await section.run(context);
      } catch (error) {
        problem(section.name, error);
      }
    }
  }
} catch (error) {
  problem('bench', error);
} finally {
  await browser?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
}

header.push(
  `Interactions: click dispatched in the page → next paint after the chart changed (MutationObserver + requestAnimationFrame + MessageChannel); resize from the resize event.`,
  `Took ${((performance.now() - started) / 1000).toFixed(0)} s; machine load average (1 min) ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end, on ${availableParallelism()} cores: other work on the machine shifts every timing.`,
);
printReport(header);
process.exit(problems.length > 0 ? 1 : 0);
