import { statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { CPU_THROTTLE, RUNS, VIEWPORT } from './config';
import { clickInPage, loadApp, openBenchPage, settle } from './pageTiming';
import { addMeasured, bytes, median, ms, notes, problem, progress, rows } from './report';
import { SYNTHETIC_INDICATORS } from './synthetic';

/**
 * Section 5 of the bench: "Download PNG" click → Playwright's download event (timed in Node, so it
 * includes one DevTools round trip of a few ms), the PNG's size and the SVG's size (Download SVG).
 */

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

export async function exportSection(browser: Browser, url: string, countries: number) {
  const section = `export, ${countries} countries × ${SYNTHETIC_INDICATORS.length} indicators, bars (${CPU_THROTTLE}× CPU)`;
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
