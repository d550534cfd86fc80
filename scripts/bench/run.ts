/**
 * `npm run bench`: a performance report of the built app, printed as one table. Nothing here is a
 * gate (see budgets.ts for those); numbers vary with the machine, so read them as a comparison.
 *
 * 1. Sizes: gzip bytes of the first page load's JS and CSS and of each lazy chunk (bundleSize.ts).
 * 2. Lighthouse 12 (lighthouse.ts, mobile defaults with simulated throttling) on `/`: scores, LCP,
 *    TBT, CLS.
 * 3. Time to first chart on `/`: navigation start (performance.timeOrigin) → first paint showing a
 *    `figure svg .mark`, for the app and for a static HTML page holding the same chart as inline
 *    SVG (the floor: what no script-driven page can beat). Method, the same for both: an init script
 *    (pageTiming.ts) watches the DOM with a MutationObserver from the start of the document; when a
 *    mark appears it waits for the next paint (requestAnimationFrame, then a MessageChannel task)
 *    and takes performance.now(), which counts from the navigation start.
 * 3b. Render per kind: each chart kind opened from its link with all countries and all indicators,
 *    navigation → first mark (the table: the table) painted, as in 3.
 * 4. Interaction latency at 29 countries (all of the real data, via ?countries=) and at 250
 *    synthetic ones (synthetic.ts: built in memory, served through page.route, never written to
 *    disk): select a country in the Countries
 *    picker, switch the chart kind (Gap, Ranking, Table), resize 1400 → 1000 px. Method: the click
 *    is dispatched in the page (HTMLElement.click()) with performance.now() taken just before it;
 *    the end is the next paint after the chart changed (MutationObserver, then requestAnimationFrame
 *    + MessageChannel). For the resize, the start is the window's resize event. Not the Event Timing
 *    API: it ignores resizes and does not wait for a lazy or scheduled re-render. Each run does each
 *    interaction once in a fresh page: the first time that code runs, as on a user's first click.
 * 5. Export: "Download PNG" click → Playwright's download event (timed in Node, so it includes one
 *    DevTools round trip of a few ms), the PNG's size and the SVG's size (Download SVG).
 * 6. Import: parse time of a 10 000-row CSV (importFixture.ts: `;`, decimal commas, CRLF) with
 *    parseImport in Node, and in Chromium from choosing the file in "Add data" to the report saying
 *    every row loaded (a Web Worker parses files over 256 KB; the result is stored in IndexedDB).
 *
 * 7. Data packages (shareSection.ts): size of the full package ZIP; the view's package at 29 countries
 *    built in Chromium (click "Data of this view (ZIP)" → download event) and in Node.
 *
 * `BENCH_ONLY=first,deep` (comma-separated: lighthouse, first, deep, map, kinds, interactions,
 * synthetic, export, import, packages, edge) runs only those sections, for a quick look while working.
 *
 * Sections 3–5 and 7 run with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate), each run of 3
 * and 4 in a fresh browser context (no cache, no storage). The app is built into .bench/dist (never
 * dist/, which the browser tests use) and served by vite preview on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import type { Dataset } from '../../src/data/schema';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browser';
import { bundleSizes, total } from './bundleSize';
import { edgeReportSection } from './edge';
import { firstChartOnce, firstChartRatio, writeFloorPage } from './firstChart';
import { importBrowserSection, importParseSection } from './importSection';
import { type LighthouseScores, runLighthouse } from './lighthouse';
import {
  CHART_ANY,
  CHART_MARK,
  type ChartChange,
  type ClickTarget,
  clickInPage,
  loadApp,
  openBenchPage,
  settle,
  timeClick,
  timeResize,
} from './pageTiming';
import {
  addMeasured,
  addSkipped,
  addValue,
  bytes,
  cls,
  type Format,
  median,
  ms,
  notes,
  printReport,
  problem,
  problems,
  progress,
  ratio,
  rows,
  score,
  started,
} from './report';
import { serveBuild } from './serve';
import { shareSection } from './shareSection';
import { SYNTHETIC_INDICATORS, syntheticDataset } from './synthetic';

const RUNS = {
  lighthouse: 3,
  firstChart: 5,
  perKind: 3,
  interaction: 5,
  export: 3,
  importParse: 7,
  importBrowser: 3,
  viewPackage: 3,
} as const;
const CPU_THROTTLE = 4;
const VIEWPORT = { width: 1400, height: 900 };
const NARROW_WIDTH = 1000;
const SYNTHETIC_COUNT = 250;
/** The shared link of issue 11: another view than the prerendered default one. */
const DEEP_LINK = '?countries=FR,DE,DK,NL,SE&indicators=computer,internet,epr&chart=gap&profile=DE';

/** Section names of `guarded` below, by their BENCH_ONLY key. */
const SECTION_KEYS: Record<string, string> = {
  'first chart': 'first',
  'first chart, deep link': 'deep',
  'first chart, map': 'map',
  'render per kind': 'kinds',
  'interactions (real data)': 'interactions',
  'interactions (synthetic data)': 'synthetic',
  export: 'export',
  import: 'import',
  'data packages': 'packages',
  edge: 'edge',
};
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (key: string) => !only || only.includes(key);

const root = join(import.meta.dirname, '..', '..');
const outDirRelative = join('.bench', 'dist');
const outDir = join(root, outDirRelative);

// ---------------------------------------------------------------------------------------------
// 0. Build into .bench/dist

function run(command: string, args: string[]) {
  try {
    execFileSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    console.error(
      `bench: \`${command} ${args.join(' ')}\` failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`,
    );
    process.exit(1);
  }
}

progress('npm run data');
run('npm', ['run', 'data']);
progress(`vite build --outDir ${outDirRelative}`);
run('npx', ['vite', 'build', '--outDir', outDirRelative, '--emptyOutDir', '--logLevel', 'warn']);

// ---------------------------------------------------------------------------------------------
// 1. Sizes

const sizes = bundleSizes(outDir);
const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
addValue('size (gzip)', `initial JS (${files(sizes.initialJs.length)})`, bytes(total(sizes.initialJs)));
addValue('size (gzip)', `initial CSS (${files(sizes.initialCss.length)})`, bytes(total(sizes.initialCss)));
for (const chunk of [...sizes.lazy].sort((a, b) => b.gzip - a.gzip)) {
  addValue('size (gzip)', `lazy ${chunk.file.replace(/^assets\//, '')}`, bytes(chunk.gzip));
}

for (const file of readdirSync(join(outDir, 'data')).filter((f) => f.startsWith('europe.'))) {
  const content = readFileSync(join(outDir, 'data', file));
  addValue(
    'size (gzip)',
    `map geometry data/${file} (raw ${bytes(content.length)})`,
    bytes(gzipSync(content, { level: 9 }).length),
  );
}

const realDataset = JSON.parse(readFileSync(join(outDir, 'data', 'indicators.json'), 'utf8')) as Dataset;
const realCodes = realDataset.countries.filter((c) => !c.aggregate).map((c) => c.code);
const synthetic = syntheticDataset(realDataset, SYNTHETIC_COUNT);
const syntheticJson = JSON.stringify(synthetic);
const syntheticCodes = synthetic.countries.filter((c) => !c.aggregate).map((c) => c.code);
const viewQuery = (codes: string[], chart = 'bars') =>
  `?countries=${codes.join(',')}&indicators=${SYNTHETIC_INDICATORS.join(',')}&chart=${chart}`;

// ---------------------------------------------------------------------------------------------
// 2. Lighthouse

async function lighthouseSection(url: string) {
  const results: LighthouseScores[] = [];
  for (let i = 0; i < RUNS.lighthouse; i++) {
    progress(`Lighthouse ${i + 1}/${RUNS.lighthouse}`);
    try {
      results.push(await runLighthouse(url));
    } catch (error) {
      problem(`Lighthouse run ${i + 1}`, error);
    }
  }
  const metrics: [string, (s: LighthouseScores) => number, Format][] = [
    ['performance', (s) => s.performance, score],
    ['accessibility', (s) => s.accessibility, score],
    ['best-practices', (s) => s.bestPractices, score],
    ['LCP', (s) => s.lcpMs, ms],
    ['TBT', (s) => s.tbtMs, ms],
    ['CLS', (s) => s.cls, cls],
  ];
  for (const [name, pick, format] of metrics) {
    addMeasured('Lighthouse (mobile, /)', name, results.map(pick), RUNS.lighthouse, format);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Time to first chart, app against the static floor

const floorOptions = (fileName: string) => ({
  outDir,
  fileName,
  viewport: VIEWPORT,
});

/** First chart of the app at `url` against a static page holding the same chart SVG. */
async function firstChartSection(browser: Browser, label: string, url: string, floorFile: string) {
  progress(`first chart (${label}): writing the floor page`);
  const floorUrl = await writeFloorPage(browser, url, floorOptions(floorFile));
  const samples = await firstChartRatio(browser, url, floorUrl, {
    runs: RUNS.firstChart,
    cpuThrottle: CPU_THROTTLE,
    viewport: VIEWPORT,
    onRun: (i) => progress(`first chart (${label}) ${i + 1}/${RUNS.firstChart}`),
  });
  for (const failure of samples.failures) problem(`first chart (${label}) ${failure}`, '');
  const { app, floor, ratios } = samples;
  const section = `first chart (${label}, ${CPU_THROTTLE}× CPU)`;
  addMeasured(section, 'app: navigation → first mark painted', app, RUNS.firstChart, ms);
  addMeasured(section, 'floor: same SVG as static HTML', floor, RUNS.firstChart, ms);
  rows.push({
    section,
    metric: 'ratio app / floor (of the medians)',
    value: app.length && floor.length ? ratio(median(app) / median(floor)) : 'failed',
    range: ratios.length > 1 ? `${ratio(Math.min(...ratios))} – ${ratio(Math.max(...ratios))}` : '',
    runs: String(ratios.length),
  });
}

/** Each chart kind opened from its link with every country and every indicator (the worst case). */
async function perKindSection(browser: Browser, baseUrl: string) {
  const allIndicators = realDataset.indicators.map((i) => i.id).join(',');
  const section = `render per kind, ${realCodes.length} countries × ${realDataset.indicators.length} indicators (${CPU_THROTTLE}× CPU)`;
  for (const kind of ['bars', 'gap', 'ranking', 'map', 'scatter', 'table']) {
    const url = new URL(
      `?countries=${realCodes.join(',')}&indicators=${allIndicators}&chart=${kind}`,
      baseUrl,
    );
    const samples: number[] = [];
    for (let i = 0; i < RUNS.perKind; i++) {
      progress(`render ${kind} ${i + 1}/${RUNS.perKind}`);
      try {
        samples.push(
          await firstChartOnce(browser, url.toString(), {
            cpuThrottle: CPU_THROTTLE,
            viewport: VIEWPORT,
            markSelector: kind === 'table' ? CHART_ANY : CHART_MARK,
          }),
        );
      } catch (error) {
        problem(`render ${kind}, run ${i + 1}`, error);
      }
    }
    addMeasured(section, `${kind}: navigation → first mark painted`, samples, RUNS.perKind, ms);
  }
  // All surveys draws every indicator of the selected indicators' concepts: the landing view's three
  // concepts (computer use, Internet access, electronic records) over every country.
  const surveysSection = `render All surveys, ${realCodes.length} countries × 3 concepts (${CPU_THROTTLE}× CPU)`;
  const surveysUrl = new URL(
    `?countries=${realCodes.join(',')}&indicators=computer,internet,epr&chart=surveys`,
    baseUrl,
  );
  const samples: number[] = [];
  for (let i = 0; i < RUNS.perKind; i++) {
    progress(`render surveys ${i + 1}/${RUNS.perKind}`);
    try {
      samples.push(
        await firstChartOnce(browser, surveysUrl.toString(), {
          cpuThrottle: CPU_THROTTLE,
          viewport: VIEWPORT,
          markSelector: CHART_MARK,
        }),
      );
    } catch (error) {
      problem(`render surveys, run ${i + 1}`, error);
    }
  }
  addMeasured(surveysSection, 'surveys: navigation → first mark painted', samples, RUNS.perKind, ms);
}

// ---------------------------------------------------------------------------------------------
// 4. Interaction latency

interface Interaction {
  name: string;
  samples: number[];
}

async function interactionRun(
  browser: Browser,
  url: string,
  datasetJson: string | undefined,
  record: (name: string, value: number) => void,
) {
  const bench = await openBenchPage(browser, {
    cpuThrottle: CPU_THROTTLE,
    viewport: VIEWPORT,
    ...(datasetJson === undefined ? {} : { datasetJson }),
  });
  const { page } = bench;
  const step = async (name: string, measure: () => Promise<number>) => {
    record(name, await measure());
    await settle(page);
  };
  try {
    await loadApp(bench, url);
    // (c) first, on the bars chart, then back to the full width for the others.
    await step(`resize ${VIEWPORT.width} → ${NARROW_WIDTH} px (bars)`, () =>
      timeResize(page, NARROW_WIDTH, VIEWPORT.height),
    );
    await timeResize(page, VIEWPORT.width, VIEWPORT.height);
    await settle(page);
    // (a) open the Countries picker (not timed), then toggle one country off.
    await clickInPage(page, { selector: 'button.picker-button', text: 'Countries' });
    await page.waitForSelector('[role="listbox"][aria-label="Countries"] [role="option"]');
    await settle(page);
    await step('select a country (bars)', () =>
      timeClick(
        page,
        { selector: '[role="listbox"][aria-label="Countries"] [role="option"]', index: 2 },
        'marks-changed',
      ),
    );
    await clickInPage(page, { selector: '.picker-panel button.picker-done' });
    await settle(page);
    // (b) chart kinds, in this order.
    const tabs: [string, string, ChartChange][] = [
      ['Gap to EU average', 'bars → gap', 'svg-replaced'],
      ['Ranking', 'gap → ranking', 'svg-replaced'],
      ['Table', 'ranking → table', 'table-shown'],
    ];
    for (const [tab, label, change] of tabs) {
      const target: ClickTarget = { selector: '[role="tablist"] [role="tab"]', text: tab };
      await step(`switch chart ${label}`, () => timeClick(page, target, change));
    }
  } finally {
    if (bench.errors.length > 0)
      notes.push(`the app logged errors (${url.slice(0, 60)}…): ${bench.errors.join(' | ')}`);
    await bench.context.close();
  }
}

async function interactionSection(browser: Browser, label: string, url: string, datasetJson?: string) {
  const byName = new Map<string, Interaction>();
  const record = (name: string, value: number) => {
    const entry = byName.get(name) ?? { name, samples: [] };
    entry.samples.push(value);
    byName.set(name, entry);
  };
  let failedRuns = 0;
  for (let i = 0; i < RUNS.interaction && failedRuns < 2; i++) {
    progress(`interactions at ${label} ${i + 1}/${RUNS.interaction}`);
    try {
      await interactionRun(browser, url, datasetJson, record);
    } catch (error) {
      failedRuns++;
      problem(`interactions at ${label}, run ${i + 1}`, error);
    }
  }
  const section = `interaction, ${label} (${CPU_THROTTLE}× CPU)`;
  const expected = [
    'select a country (bars)',
    'switch chart bars → gap',
    'switch chart gap → ranking',
    'switch chart ranking → table',
    `resize ${VIEWPORT.width} → ${NARROW_WIDTH} px (bars)`,
  ];
  for (const name of expected) {
    addMeasured(section, name, byName.get(name)?.samples ?? [], RUNS.interaction, ms);
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Export

async function downloadOnce(page: Page, button: string): Promise<{ ms: number; bytes: number }> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  download.catch(() => undefined); // awaited below; this keeps a failed click from leaving it unhandled
  const t0 = performance.now();
  await clickInPage(page, { selector: '.export-toolbar button', text: button });
  const file = await download;
  const elapsed = performance.now() - t0;
  const path = await file.path();
  const failure = await file.failure();
  if (failure) throw new Error(`${button}: the download failed (${failure})`);
  return { ms: elapsed, bytes: statSync(path).size };
}

async function exportSection(browser: Browser, url: string) {
  const section = `export, ${realCodes.length} countries × ${SYNTHETIC_INDICATORS.length} indicators, bars (${CPU_THROTTLE}× CPU)`;
  const times: number[] = [];
  const pngSizes: number[] = [];
  let svgBytes: number | null = null;
  const bench = await openBenchPage(browser, { cpuThrottle: CPU_THROTTLE, viewport: VIEWPORT });
  try {
    await loadApp(bench, url);
    for (let i = 0; i < RUNS.export; i++) {
      progress(`PNG export ${i + 1}/${RUNS.export}`);
      try {
        const png = await downloadOnce(bench.page, 'Download PNG');
        times.push(png.ms);
        pngSizes.push(png.bytes);
      } catch (error) {
        problem(`PNG export run ${i + 1}`, error);
      }
      await settle(bench.page);
    }
    try {
      svgBytes = (await downloadOnce(bench.page, 'Download SVG')).bytes;
    } catch (error) {
      problem('SVG export', error);
    }
  } catch (error) {
    problem('export', error);
  } finally {
    if (bench.errors.length > 0)
      notes.push(`the app logged errors during the export: ${bench.errors.join(' | ')}`);
    await bench.context.close();
  }
  addMeasured(section, 'Download PNG click → download event', times, RUNS.export, ms);
  rows.push({
    section,
    metric: 'PNG file size',
    value: pngSizes.length > 0 ? bytes(median(pngSizes)) : 'failed',
    range: '',
    runs: String(pngSizes.length),
  });
  rows.push({
    section,
    metric: 'SVG file size (Download SVG)',
    value: svgBytes === null ? 'failed' : bytes(svgBytes),
    range: '',
    runs: svgBytes === null ? '0' : '1',
  });
}

// ---------------------------------------------------------------------------------------------
// Main

const header = [
  `epSOS Indicators benchmark — medians of N runs (Lighthouse ${RUNS.lighthouse}, first chart ${RUNS.firstChart}, per kind ${RUNS.perKind}, interactions ${RUNS.interaction}, PNG export ${RUNS.export}, import ${RUNS.importParse} in Node / ${RUNS.importBrowser} in Chromium, view package ${RUNS.viewPackage})`,
];
const loadAtStart = loadavg()[0] ?? 0;
let server: PreviewServer | null = null;
let browser: Browser | null = null;
const chromiumPresent = existsSync(CHROMIUM_PATH);
try {
  if (!chromiumPresent) {
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
    const b = browser;
    const guarded = async (name: string, body: () => Promise<void>) => {
      if (!wanted(SECTION_KEYS[name] ?? name)) return;
      try {
        await body();
      } catch (error) {
        problem(name, error);
      }
    };
    await guarded('first chart', () => firstChartSection(b, '/', url, 'bench-floor.html'));
    await guarded('first chart, deep link', () =>
      firstChartSection(b, 'deep link', new URL(DEEP_LINK, url).toString(), 'bench-floor-deep-link.html'),
    );
    await guarded('first chart, map', () =>
      firstChartSection(
        b,
        `map, ${realCodes.length} countries`,
        new URL(viewQuery(realCodes, 'map'), url).toString(),
        'bench-floor-map.html',
      ),
    );
    await guarded('render per kind', () => perKindSection(b, url));
    await guarded('interactions (real data)', () =>
      interactionSection(b, `${realCodes.length} countries`, new URL(viewQuery(realCodes), url).toString()),
    );
    await guarded('interactions (synthetic data)', () =>
      interactionSection(
        b,
        `${syntheticCodes.length} synthetic`,
        new URL(viewQuery(syntheticCodes), url).toString(),
        syntheticJson,
      ),
    );
    await guarded('export', () => exportSection(b, new URL(viewQuery(realCodes), url).toString()));
    await guarded('import', async () => {
      const { text, section } = importParseSection(realDataset, RUNS.importParse);
      await importBrowserSection(b, url, text, section, {
        runs: RUNS.importBrowser,
        cpuThrottle: CPU_THROTTLE,
        viewport: VIEWPORT,
      });
    });
    await guarded('data packages', () =>
      shareSection(
        b,
        outDir,
        realDataset,
        new URL(viewQuery(realCodes), url).toString(),
        {
          countries: realCodes,
          indicators: [...SYNTHETIC_INDICATORS],
          chart: 'bars',
          profile: null,
          time: 'latest',
          embed: false,
        },
        { runs: RUNS.viewPackage, cpuThrottle: CPU_THROTTLE, viewport: VIEWPORT },
      ),
    );
    // The edge (functions/ on workerd): serves dist/ from `npm run build` (scripts/bench/edge.ts).
    await guarded('edge', () =>
      edgeReportSection(b, root, {
        runs: RUNS.firstChart,
        cpuThrottle: CPU_THROTTLE,
        viewport: VIEWPORT,
        lighthouseRuns: wanted('lighthouse') ? 1 : 0,
      }),
    );
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
