import type { Browser } from 'playwright-core';
import { CHART_KIND, CHART_KINDS, type ChartKind } from '../../src/data/chartRegistry';
import { CORE_INDICATORS } from '../../src/data/view';
import { CPU_THROTTLE, outDir, RUNS, VIEWPORT } from './config';
import type { BenchContext } from './context';
import { firstChartOnce, firstChartRatio, writeFloorPage } from './firstChart';
import { CHART_ANY, CHART_MARK } from './pageTiming';
import { addMeasured, median, ms, problem, progress, ratio, rows } from './report';

/**
 * Section 3 of the bench: time to first chart, navigation start (performance.timeOrigin) → first
 * paint showing a `figure svg .mark`, for the app and for a static HTML page holding the same chart
 * as inline SVG (the floor: what no script-driven page can beat). Method, the same for both: an init
 * script (pageTiming.ts) watches the DOM with a MutationObserver from the start of the document; when
 * a mark appears it waits for the next paint (requestAnimationFrame, then a MessageChannel task) and
 * takes performance.now(), which counts from the navigation start.
 *
 * 3b. Render per kind: every kind of the registry (src/data/chartRegistry.ts) opened from its link
 * with all countries and all indicators (All surveys: the landing view's three concepts, since it
 * draws every survey of each), navigation → first mark (the table: the table) painted, as in 3.
 */

/** First chart of the app at `url` against a static page holding the same chart SVG. */
export async function firstChartSection(browser: Browser, label: string, url: string, floorFile: string) {
  progress(`first chart (${label}): writing the floor page`);
  const floorUrl = await writeFloorPage(browser, url, { outDir, fileName: floorFile, viewport: VIEWPORT });
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

/** The indicators a kind is measured on: every one, or the core three where a kind draws every
 * survey of their concepts. */
function benchIndicators(kind: ChartKind, all: string): string {
  return CHART_KIND[kind].shape === 'surveys' ? CORE_INDICATORS.join(',') : all;
}

/** Each chart kind opened from its link with every country and every indicator (the worst case). */
export async function perKindSection({ browser, url: baseUrl, realDataset, realCodes }: BenchContext) {
  const allIndicators = realDataset.indicators.map((i) => i.id).join(',');
  for (const kind of CHART_KINDS) {
    const indicators = benchIndicators(kind, allIndicators);
    const count = indicators === allIndicators ? `${realDataset.indicators.length} indicators` : '3 concepts';
    const section = `render per kind, ${realCodes.length} countries × ${count} (${CPU_THROTTLE}× CPU)`;
    const url = new URL(`?countries=${realCodes.join(',')}&indicators=${indicators}&chart=${kind}`, baseUrl);
    const samples: number[] = [];
    for (let i = 0; i < RUNS.perKind; i++) {
      progress(`render ${kind} ${i + 1}/${RUNS.perKind}`);
      try {
        samples.push(
          await firstChartOnce(browser, url.toString(), {
            cpuThrottle: CPU_THROTTLE,
            viewport: VIEWPORT,
            // An HTML table (the table kind) has no marks: its first paint is the table.
            markSelector: CHART_KIND[kind].element === 'table' ? CHART_ANY : CHART_MARK,
          }),
        );
      } catch (error) {
        problem(`render ${kind}, run ${i + 1}`, error);
      }
    }
    addMeasured(section, `${kind}: navigation → first mark painted`, samples, RUNS.perKind, ms);
  }
}
