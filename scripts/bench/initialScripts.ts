import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { INTERACTIVE_ATTRIBUTE } from '../../src/app/boot/constants';
import { CHART_ANY } from './pageTiming';
import { addValue, bytes } from './report';

/**
 * The JavaScript a page really fetches before it is usable, measured in Chromium (not read off the
 * build graph): every script requested (module scripts, modulepreloads, dynamic imports; workers
 * are not, they are fetched on use) from the navigation until the page is interactive (React has
 * committed it: `data-interactive` on <html>) and its first chart is drawn, whichever comes last.
 *
 * Each script's size is its gzip size (level 9) from the build folder when `dist` is given and the
 * file is there, as a CDN would send it; otherwise the bytes as transferred (Resource Timing's
 * encodedBodySize). The page URL is a parameter, so the same measure runs on `vite preview` or
 * through the edge (`wrangler pages dev`).
 */

export interface InitialScript {
  url: string;
  /** Gzip bytes (from dist, or as transferred). */
  gzip: number;
  /** Where the size comes from. */
  measured: 'dist gzip' | 'transferred';
}

export interface InitialScripts {
  pageUrl: string;
  /** ms from the navigation start to interactive and first chart. */
  readyMs: number;
  scripts: InitialScript[];
  total: number;
}

/**
 * In the page before its scripts: records when <html> gets `data-interactive` and when a chart
 * (an svg or the table) is first in a figure, on the page's clock (checked after every DOM change).
 */
function watchReady({ attribute, chart }: { attribute: string; chart: string }): void {
  const w = window as unknown as { __interactiveAt?: number; __chartAt?: number };
  const observer = new MutationObserver(() => {
    if (w.__interactiveAt === undefined && document.documentElement.hasAttribute(attribute))
      w.__interactiveAt = performance.now();
    if (w.__chartAt === undefined && document.querySelector(chart)) w.__chartAt = performance.now();
    if (w.__interactiveAt !== undefined && w.__chartAt !== undefined) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

const gzipOf = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export async function measureInitialScripts(
  browser: Browser,
  pageUrl: string,
  {
    dist,
    viewport = { width: 1400, height: 900 },
  }: { dist?: string; viewport?: { width: number; height: number } } = {},
): Promise<InitialScripts> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  try {
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(watchReady, { attribute: INTERACTIVE_ATTRIBUTE, chart: CHART_ANY });
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __interactiveAt?: number; __chartAt?: number };
        return w.__interactiveAt !== undefined && w.__chartAt !== undefined;
      },
      undefined,
      { timeout: 60_000 },
    );
    // Let what was requested before that moment finish, so Resource Timing lists it.
    await page.waitForLoadState('networkidle');
    const { until, entries } = await page.evaluate(() => {
      const w = window as unknown as { __interactiveAt: number; __chartAt: number };
      return {
        until: Math.max(w.__interactiveAt, w.__chartAt),
        entries: performance
          .getEntriesByType('resource')
          .map((e) => e as PerformanceResourceTiming)
          .map((e) => ({
            name: e.name,
            startTime: e.startTime,
            initiatorType: e.initiatorType,
            encodedBodySize: e.encodedBodySize,
          })),
      };
    });
    const scripts = entries
      .filter((e) => e.startTime <= until && new URL(e.name).pathname.endsWith('.js'))
      .map((e): InitialScript => {
        const path = new URL(e.name).pathname;
        const file = dist ? join(dist, decodeURIComponent(path)) : '';
        return dist && existsSync(file)
          ? { url: path, gzip: gzipOf(file), measured: 'dist gzip' }
          : { url: path, gzip: e.encodedBodySize, measured: 'transferred' };
      });
    const unique = [...new Map(scripts.map((s) => [s.url, s])).values()];
    return {
      pageUrl,
      readyMs: until,
      scripts: unique,
      total: unique.reduce((sum, s) => sum + s.gzip, 0),
    };
  } finally {
    await context.close();
  }
}

/** The bench's lines: the JS fetched before `/` and `deepLink` are interactive, and its files. */
export async function initialScriptsSection(browser: Browser, url: string, dist: string, deepLink: string) {
  for (const [name, path] of [
    ['/', ''],
    ['deep link', deepLink],
  ] as const) {
    const measured = await measureInitialScripts(browser, new URL(path, url).toString(), { dist });
    addValue(
      'initial JS in Chromium (gzip)',
      `${name}: ${measured.scripts.length} scripts before interactive`,
      bytes(measured.total),
    );
    for (const s of [...measured.scripts].sort((a, b) => b.gzip - a.gzip).slice(0, 6))
      addValue(
        'initial JS in Chromium (gzip)',
        `${name}: ${s.url.replace(/^\/assets\//, '')}`,
        bytes(s.gzip),
      );
  }
}
