/**
 * What the large-import probes share (profileLargeImport.ts: a CPU profile; traceLargeImport.ts: a
 * Performance trace): the built app served (PROFILE_DIST: another build; built first when missing),
 * a page at 4× CPU on `?chart=<kind>` with Add data open and the page idle, and the CSV of `rows`
 * rows to choose. Arguments: `<kind> [rows]` (bars, 50,000 by default).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import type { Dataset } from '../../src/data/schema';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browser';
import { importFixture } from './importFixture';
import { type BenchPage, CHART_ANY, clickInPage, loadApp, openBenchPage, settle } from './pageTiming';
import { serveBuild } from './serve';

export interface LargeImportProbe {
  kind: string;
  rows: number;
  /** The file to choose in Add data (largeImportSection.ts's chooseLargeFile). */
  csv: string;
  browser: Browser;
  bench: BenchPage;
}

/** Runs `probe` on the page ready for the import, then closes the page, the browser and the server. */
export async function withLargeImportPage(probe: (page: LargeImportProbe) => Promise<void>): Promise<void> {
  const root = join(import.meta.dirname, '..', '..');
  const dist = process.env.PROFILE_DIST ?? join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
  const kind = process.argv[2] ?? 'bars';
  const rows = Number(process.argv[3] ?? 50_000);
  const dataset = JSON.parse(readFileSync(join(dist, 'data', 'indicators.json'), 'utf8')) as Dataset;
  const { url, server } = await serveBuild(process.env.PROFILE_DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const bench = await openBenchPage(browser, { cpuThrottle: 4, viewport: { width: 1400, height: 900 } });
    await loadApp(bench, new URL(`?chart=${kind}`, url).toString(), CHART_ANY);
    await clickInPage(bench.page, { selector: '.add-data > button' });
    await bench.page.locator('.add-data-panel input[type="file"]').waitFor({ state: 'attached' });
    await settle(bench.page);
    await probe({ kind, rows, csv: importFixture(dataset, rows), browser, bench });
    await bench.context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}
