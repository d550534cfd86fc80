import type { Browser } from 'playwright-core';
import type { Dataset } from '../../src/data/schema';
import { parseImport } from '../../src/import/parseImport';
import { importFixture } from './importFixture';
import { clickInPage, loadApp, openBenchPage } from './pageTiming';
import { addMeasured, addValue, bytes, ms, problem, progress } from './report';

/** Section 6 of the bench: importing an analyst's CSV of 10 000 rows. */

export const IMPORT_ROWS = 10_000;

/** parseImport itself in Node (no worker, no DOM): the first call, then the median of warm calls. */
export function importParseSection(dataset: Dataset, runs: number) {
  const text = importFixture(dataset, IMPORT_ROWS);
  const section = `import, ${IMPORT_ROWS.toLocaleString('en-US')} rows (${bytes(text.length)})`;
  const samples: number[] = [];
  let first: number | null = null;
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const result = parseImport(text, 'bench.csv', dataset);
    const elapsed = performance.now() - t0;
    const loaded = result.data?.observations.length ?? 0;
    if (loaded !== IMPORT_ROWS) throw new Error(`the import fixture loaded ${loaded} of ${IMPORT_ROWS} rows`);
    if (i === 0) first = elapsed;
    else samples.push(elapsed);
  }
  addValue(section, 'parseImport in Node, first call', first === null ? 'failed' : ms(first));
  addMeasured(section, 'parseImport in Node, warm', samples, runs, ms);
  return { text, section };
}

/** In Chromium: choose the file in "Add data" → the report says every row loaded (worker, IndexedDB). */
export async function importBrowserSection(
  browser: Browser,
  url: string,
  text: string,
  section: string,
  {
    runs,
    cpuThrottle,
    viewport,
  }: { runs: number; cpuThrottle: number; viewport: { width: number; height: number } },
) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    progress(`import in Chromium ${i + 1}/${runs}`);
    const bench = await openBenchPage(browser, { cpuThrottle, viewport });
    try {
      await loadApp(bench, url);
      await clickInPage(bench.page, { selector: '.add-data > button' });
      const input = bench.page.locator('.add-data-panel input[type="file"]');
      await input.waitFor({ state: 'attached' });
      const t0 = performance.now();
      await input.setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
      await bench.page
        .locator('.import-report')
        .filter({ hasText: `loaded ${IMPORT_ROWS} figures` })
        .waitFor({ timeout: 60_000 });
      samples.push(performance.now() - t0);
    } catch (error) {
      problem(`import in Chromium, run ${i + 1}`, error);
    } finally {
      await bench.context.close();
    }
  }
  addMeasured(section, `file chosen → "loaded" report, Chromium (${cpuThrottle}× CPU)`, samples, runs, ms);
}
