import type { Browser } from 'playwright-core';
import { CPU_THROTTLE, NARROW_WIDTH, RUNS, VIEWPORT } from './config';
import {
  type ChartChange,
  type ClickTarget,
  clickInPage,
  loadApp,
  openBenchPage,
  settle,
  timeClick,
  timeResize,
} from './pageTiming';
import { addMeasured, ms, notes, problem, progress } from './report';

/**
 * Section 4 of the bench: interaction latency at 29 countries (all of the real data, via
 * ?countries=) and at 250 synthetic ones (synthetic.ts: built in memory, served through page.route,
 * never written to disk): select a country in the Countries picker, switch the chart kind (Gap,
 * Ranking, Table), resize 1400 → 1000 px. Method: the click is dispatched in the page
 * (HTMLElement.click()) with performance.now() taken just before it; the end is the next paint after
 * the chart changed (MutationObserver, then requestAnimationFrame + MessageChannel). For the resize,
 * the start is the window's resize event. Not the Event Timing API: it ignores resizes and does not
 * wait for a lazy or scheduled re-render. Each run does each interaction once in a fresh page: the
 * first time that code runs, as on a user's first click.
 */

const RESIZE = `resize ${VIEWPORT.width} → ${NARROW_WIDTH} px (bars)`;
/** The chart kinds switched to, in this order: tab, label, what changes on screen. */
const TABS: [string, string, ChartChange][] = [
  ['Gap to EU average', 'bars → gap', 'svg-replaced'],
  ['Ranking', 'gap → ranking', 'svg-replaced'],
  ['Table', 'ranking → table', 'table-shown'],
];

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
    await step(RESIZE, () => timeResize(page, NARROW_WIDTH, VIEWPORT.height));
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
    for (const [tab, label, change] of TABS) {
      const target: ClickTarget = { selector: '[role="tablist"] [role="tab"]', text: tab };
      await step(`switch chart ${label}`, () => timeClick(page, target, change));
    }
  } finally {
    if (bench.errors.length > 0)
      notes.push(`the app logged errors (${url.slice(0, 60)}…): ${bench.errors.join(' | ')}`);
    await bench.context.close();
  }
}

export async function interactionSection(browser: Browser, label: string, url: string, datasetJson?: string) {
  const byName = new Map<string, number[]>();
  const record = (name: string, value: number) => byName.set(name, [...(byName.get(name) ?? []), value]);
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
  const expected = ['select a country (bars)', ...TABS.map(([, l]) => `switch chart ${l}`), RESIZE];
  for (const name of expected) {
    addMeasured(section, name, byName.get(name) ?? [], RUNS.interaction, ms);
  }
}
