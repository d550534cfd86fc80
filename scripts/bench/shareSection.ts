import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { indexDataset } from '../../src/data/derive';
import type { Dataset } from '../../src/data/schema';
import type { ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { FULL_PACKAGE_FILE } from '../../src/share/fullPackage';
import { zipPackage } from '../../src/share/packageZip';
import { viewPackageFiles } from '../../src/share/viewPackage';
import { clickInPage, loadApp, openBenchPage, settle } from './pageTiming';
import { addMeasured, addValue, bytes, ms, problem, progress } from './report';

/**
 * Section 7 of the bench: the data packages. The full package's size (the static ZIP written by
 * `npm run data`), and the view's package built in the browser: click "Data of this view (ZIP)" →
 * Playwright's download event, CPU throttled, the first click (which loads the package code) apart
 * from the later ones; plus the pure build (files + ZIP) in Node for comparison.
 */

async function viewPackageOnce(page: Page): Promise<{ ms: number; bytes: number }> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  download.catch(() => undefined);
  const t0 = performance.now();
  await clickInPage(page, { selector: '.download-data button', text: 'Data of this view (ZIP)' });
  const file = await download;
  const elapsed = performance.now() - t0;
  const path = await file.path();
  return { ms: elapsed, bytes: statSync(path).size };
}

export async function shareSection(
  browser: Browser,
  outDir: string,
  dataset: Dataset,
  url: string,
  view: ViewState,
  {
    runs,
    cpuThrottle,
    viewport,
  }: { runs: number; cpuThrottle: number; viewport: { width: number; height: number } },
) {
  const countries = view.countries.length;
  const section = `data packages, view of ${countries} countries × ${view.indicators.length} indicators`;
  try {
    addValue(
      section,
      `full package ${FULL_PACKAGE_FILE}`,
      bytes(statSync(join(outDir, 'data', FULL_PACKAGE_FILE)).size),
    );
  } catch (error) {
    problem('full package size', error);
  }
  const index = indexDataset(dataset);
  const node: number[] = [];
  let viewBytes = 0;
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const zip = zipPackage(viewPackageFiles(index, buildViewModel(index, view), url, new Date()), new Date());
    if (i > 0) node.push(performance.now() - t0);
    viewBytes = zip.length;
  }
  addValue(section, 'view package ZIP', bytes(viewBytes));
  addMeasured(section, 'view package build in Node (files + ZIP), warm', node, runs, ms);
  const first: number[] = [];
  const later: number[] = [];
  const bench = await openBenchPage(browser, { cpuThrottle, viewport });
  try {
    await loadApp(bench, url);
    await clickInPage(bench.page, { selector: '.download-data > button', text: 'Download data' });
    for (let i = 0; i <= runs; i++) {
      progress(`view package ${i + 1}/${runs + 1}`);
      try {
        const result = await viewPackageOnce(bench.page);
        (i === 0 ? first : later).push(result.ms);
      } catch (error) {
        problem(`view package run ${i + 1}`, error);
      }
      await settle(bench.page);
    }
  } finally {
    await bench.context.close();
  }
  addMeasured(section, `first click → download, incl. loading the code (${cpuThrottle}× CPU)`, first, 1, ms);
  addMeasured(section, `click → download, code loaded (${cpuThrottle}× CPU)`, later, runs, ms);
}
