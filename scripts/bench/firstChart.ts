import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type BenchWindow, CHART_MARK, CHART_SVG, loadApp, openBenchPage } from './pageTiming';

/**
 * Time to first chart against a static floor: navigation start → first paint showing a visible
 * chart mark, for the app at a URL and for a static HTML page holding the same chart SVG (with the
 * app's stylesheet), each in a fresh context, interleaved so a slower moment hits both alike.
 */

export interface FloorOptions {
  /** The built app's folder, where the floor page is written. */
  outDir: string;
  /** File name of the floor page. */
  fileName: string;
  viewport: { width: number; height: number };
}

/** Loads the app once (no throttling) and writes its chart, as inline SVG, into a static page. */
export async function writeFloorPage(browser: Browser, url: string, options: FloorOptions): Promise<string> {
  const bench = await openBenchPage(browser, { cpuThrottle: 1, viewport: options.viewport });
  try {
    await loadApp(bench, url);
    const { svg, css } = await bench.page.evaluate(
      (selector) => ({
        svg: document.querySelector(selector)?.outerHTML,
        // The app's stylesheet too, delivered as the app delivers it (a file or inline in <head>):
        // the chart needs its styles as much in the app as here.
        css: [...document.head.querySelectorAll('link[rel="stylesheet"], style')]
          .map((e) => e.outerHTML)
          .join('\n'),
      }),
      CHART_SVG,
    );
    if (!svg) throw new Error('the app showed no chart svg to copy');
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benchmark floor: the chart as static SVG</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${css}
</head>
<body>
<figure class="chart-figure"><div class="chart-canvas">${svg}</div></figure>
</body>
</html>
`;
    writeFileSync(join(options.outDir, options.fileName), html);
    return new URL(options.fileName, url).toString();
  } finally {
    await bench.context.close();
  }
}

export async function firstChartOnce(
  browser: Browser,
  url: string,
  options: { cpuThrottle: number; viewport: { width: number; height: number }; markSelector?: string },
): Promise<number> {
  const bench = await openBenchPage(browser, {
    cpuThrottle: options.cpuThrottle,
    viewport: options.viewport,
    markSelector: options.markSelector ?? CHART_MARK,
  });
  try {
    await bench.page.goto(url, { waitUntil: 'commit' });
    const time = await bench.page.evaluate(() => (window as unknown as BenchWindow).__bench.firstChart);
    if (bench.errors.length > 0) throw new Error(`the page logged errors: ${bench.errors.join(' | ')}`);
    return time;
  } catch (error) {
    throw new Error(
      `${(error as Error).message.split('\n')[0]}${bench.errors.length > 0 ? ` (page: ${bench.errors.join(' | ')})` : ''}`,
    );
  } finally {
    await bench.context.close();
  }
}

export interface RatioSamples {
  app: number[];
  floor: number[];
  /** app / floor of each interleaved pair. */
  ratios: number[];
  failures: string[];
}

/** `runs` interleaved pairs (app, floor); stops after two failed runs. */
export async function firstChartRatio(
  browser: Browser,
  appUrl: string,
  floorUrl: string,
  options: {
    runs: number;
    cpuThrottle: number;
    viewport: { width: number; height: number };
    onRun?: (i: number) => void;
  },
): Promise<RatioSamples> {
  const out: RatioSamples = { app: [], floor: [], ratios: [], failures: [] };
  for (let i = 0; i < options.runs && out.failures.length < 2; i++) {
    options.onRun?.(i);
    try {
      const a = await firstChartOnce(browser, appUrl, options);
      const f = await firstChartOnce(browser, floorUrl, options);
      out.app.push(a);
      out.floor.push(f);
      out.ratios.push(a / f);
    } catch (error) {
      out.failures.push(`run ${i + 1}: ${(error as Error).message}`);
    }
  }
  return out;
}

/**
 * `runs` interleaved rounds over several pages (the app and its floors), each round in another
 * order (rotated), so that neither a slower moment nor going first favours one page; a page's
 * samples are in the same index as its URL. Stops after two failed rounds.
 */
export async function firstChartSets(
  browser: Browser,
  urls: string[],
  options: {
    runs: number;
    cpuThrottle: number;
    viewport: { width: number; height: number };
    onRun?: (i: number) => void;
  },
): Promise<{ samples: number[][]; failures: string[] }> {
  const samples = urls.map(() => [] as number[]);
  const failures: string[] = [];
  for (let i = 0; i < options.runs && failures.length < 2; i++) {
    options.onRun?.(i);
    const order = urls.map((_, k) => (k + i) % urls.length);
    try {
      const round: number[] = [];
      for (const k of order) round[k] = await firstChartOnce(browser, urls[k] as string, options);
      for (const [k, t] of round.entries()) samples[k]?.push(t);
    } catch (error) {
      failures.push(`run ${i + 1}: ${(error as Error).message}`);
    }
  }
  return { samples, failures };
}
