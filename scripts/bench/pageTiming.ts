import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * In-page timing for the benchmark. Every number is taken with the page's own clock
 * (performance.now(), whose zero is performance.timeOrigin = the navigation start).
 *
 * "Painted" means: the DOM change is detected by a MutationObserver (its callback runs as a microtask
 * right after the change), then requestAnimationFrame schedules a callback in the frame that renders
 * the change, and a MessageChannel message posted from that callback is delivered as the next task,
 * i.e. after that frame's style, layout and paint have run on the main thread. The time of that task
 * is the paint time. (This is the "after next paint" idiom; a second requestAnimationFrame would
 * land a whole frame later, the Event Timing API only covers discrete input events, and Element
 * Timing/LCP ignore SVG shapes.)
 */

export const CHART_SVG = 'figure svg[role="img"]';
export const CHART_MARK = 'figure svg .mark';
export const CHART_ANY = 'figure svg[role="img"], figure table';

export interface BenchApi {
  /** Resolves with performance.now() after the next frame has been painted. */
  afterNextPaint: () => Promise<number>;
  /** Resolves as soon as `predicate` holds (checked now and after every DOM mutation). */
  until: (predicate: () => boolean, timeoutMs: number, attributes?: boolean) => Promise<void>;
  /** ms from navigation start to the first paint that shows a visible chart mark (`figure svg .mark`). */
  firstChart: Promise<number>;
  /** Set by a resize measurement. */
  resized?: Promise<number>;
}

export type BenchWindow = Window & { __bench: BenchApi };

/** Installed in every page before its own scripts (an init script, so the page's CSP does not apply). */
function installBench(markSelector: string): void {
  const afterNextPaint = () =>
    new Promise<number>((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });
  const until = (predicate: () => boolean, timeoutMs: number, attributes = false) =>
    new Promise<void>((resolve, reject) => {
      if (predicate()) {
        resolve();
        return;
      }
      let timer = 0;
      const observer = new MutationObserver(() => {
        if (!predicate()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(document, { subtree: true, childList: true, attributes });
      timer = window.setTimeout(() => {
        observer.disconnect();
        reject(new Error(`the page did not change as expected within ${timeoutMs} ms`));
      }, timeoutMs);
    });
  // A mark counts once it can be seen: a prerendered page may hold marks it hides (visibility) until
  // its script has drawn the linked view, so class and style changes are watched too.
  const visibleMark = () =>
    [...document.querySelectorAll(markSelector)].some((m) =>
      typeof m.checkVisibility === 'function' ? m.checkVisibility({ visibilityProperty: true }) : true,
    );
  const firstChart = until(visibleMark, 30_000, true).then(afterNextPaint);
  firstChart.catch(() => undefined);
  (window as unknown as BenchWindow).__bench = { afterNextPaint, until, firstChart };
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors, for error messages. */
  errors: string[];
}

export interface OpenOptions {
  /** CPU slowdown through CDP Emulation.setCPUThrottlingRate (1 = none). */
  cpuThrottle: number;
  viewport: { width: number; height: number };
  /** Served instead of GET /data/indicators.json (page.route), when given; the page is then served without its built-in data. */
  datasetJson?: string;
  /** What counts as the chart having appeared (default: an SVG mark). */
  markSelector?: string;
}

/** A fresh context (no cache, no storage) and page, with the timing helpers and CPU throttling. */
export async function openBenchPage(browser: Browser, options: OpenOptions): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: options.viewport, acceptDownloads: true });
  // tsx (esbuild keepNames) wraps named inner functions in __name(); serialized into the page,
  // that helper must exist there too.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installBench, options.markSelector ?? CHART_MARK);
  const { datasetJson } = options;
  if (datasetJson !== undefined) {
    await context.route(
      (url) => url.pathname === '/data/indicators.json',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body: datasetJson }),
    );
    // The built page carries the real dataset (src/app/boot/initialData.ts): served without it, the
    // app fetches the dataset above.
    await context.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(
          /<script type="application\/json" id="initial-data">[\s\S]*?<\/script>/,
          '',
        );
        await route.fulfill({ response, body });
      },
    );
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  if (options.cpuThrottle !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
  }
  return { context, page, errors };
}

/** Waits for the page to be quiet: a short pause, then an idle period of the main thread. */
export async function settle(page: Page, pauseMs = 300): Promise<void> {
  await page.waitForTimeout(pauseMs);
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 })),
  );
}

/**
 * Opens `url` and waits for a chart (`chart`: a mark by default; CHART_ANY takes the table too) and for
 * the lazily loaded export toolbar; throws with what the page said.
 */
export async function loadApp(bench: BenchPage, url: string, chart = CHART_MARK): Promise<void> {
  const { page, errors } = bench;
  await page.goto(url);
  try {
    await page.waitForSelector(chart, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Download PNG' }).waitFor({ timeout: 30_000 });
  } catch (error) {
    const shown =
      (await page
        .locator('main')
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => '')) ?? '';
    throw new Error(
      `${url}: no chart (${(error as Error).message.split('\n')[0]}). Page says: ${shown.slice(0, 200)}${
        errors.length > 0 ? ` Errors: ${errors.join(' | ')}` : ''
      }`,
    );
  }
  await settle(page);
}

/** What must hold after an interaction for the chart to count as updated. */
export type ChartChange =
  /** The chart svg shows a different number of marks or has another description. */
  | 'marks-changed'
  /** Another chart svg with marks replaced the one before. */
  | 'svg-replaced'
  /** The table view is shown. */
  | 'table-shown';

export interface ClickTarget {
  /** CSS selector of the candidates. */
  selector: string;
  /** Pick the first candidate whose text content (trimmed) starts with this; else the `index`th. */
  text?: string;
  index?: number;
}

/**
 * ms from a click dispatched in the page (HTMLElement.click(), taken with performance.now() just
 * before) to the paint after the chart changed as `change` says.
 */
export async function timeClick(page: Page, target: ClickTarget, change: ChartChange): Promise<number> {
  return page.evaluate(
    async ({ target, change, selectors }) => {
      const bench = (window as unknown as BenchWindow).__bench;
      const candidates = [...document.querySelectorAll<HTMLElement>(target.selector)];
      const element =
        target.text === undefined
          ? candidates[target.index ?? 0]
          : candidates.find((c) => c.textContent?.trim().startsWith(target.text ?? ''));
      if (!element) throw new Error(`nothing to click: ${JSON.stringify(target)}`);
      const before = document.querySelector(selectors.svg);
      const beforeLabel = before?.getAttribute('aria-label') ?? '';
      const beforeMarks = document.querySelectorAll(selectors.mark).length;
      const changed = (): boolean => {
        const svg = document.querySelector(selectors.svg);
        if (change === 'table-shown') return document.querySelector('figure table') !== null;
        if (change === 'svg-replaced')
          return svg !== null && svg !== before && svg.querySelector('.mark') !== null;
        return (
          document.querySelectorAll(selectors.mark).length !== beforeMarks ||
          (svg?.getAttribute('aria-label') ?? '') !== beforeLabel
        );
      };
      const t0 = performance.now();
      element.click();
      await bench.until(changed, 30_000, change === 'marks-changed');
      return (await bench.afterNextPaint()) - t0;
    },
    { target, change, selectors: { svg: CHART_SVG, mark: CHART_MARK } },
  );
}

/**
 * ms from the window's resize event (dispatched at the start of the first frame after the viewport
 * change) to the paint after the chart svg got its new width attribute.
 */
export async function timeResize(page: Page, width: number, height: number): Promise<number> {
  await page.evaluate((svgSelector) => {
    const bench = (window as unknown as BenchWindow).__bench;
    const widthNow = () => document.querySelector(svgSelector)?.getAttribute('width') ?? null;
    const before = widthNow();
    bench.resized = new Promise<number>((resolve, reject) => {
      window.addEventListener(
        'resize',
        () => {
          const t0 = performance.now();
          bench
            .until(() => widthNow() !== null && widthNow() !== before, 30_000, true)
            .then(bench.afterNextPaint)
            .then((t1) => resolve(t1 - t0), reject);
        },
        { once: true },
      );
    });
  }, CHART_SVG);
  await page.setViewportSize({ width, height });
  const ms = await page.evaluate(() => (window as unknown as BenchWindow).__bench.resized);
  if (ms === undefined) throw new Error('the resize measurement was not armed');
  return ms;
}

/** Clicks in the page without timing (setup steps). */
export async function clickInPage(page: Page, target: ClickTarget): Promise<void> {
  await page.evaluate((t) => {
    const candidates = [...document.querySelectorAll<HTMLElement>(t.selector)];
    const element =
      t.text === undefined
        ? candidates[t.index ?? 0]
        : candidates.find((c) =>
            (c.getAttribute('aria-label') ?? c.textContent ?? '').trim().startsWith(t.text ?? ''),
          );
    if (!element) throw new Error(`nothing to click: ${JSON.stringify(t)}`);
    element.click();
  }, target);
}
