import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';

/**
 * index.html holds the default view, rendered at build time (vite.config.ts, src/boot): readable
 * without JavaScript, hydrated on `/` without errors, and never shown first on a link to another view.
 */
const browser = startBrowser();

const DEEP_LINK = '/?countries=FR,DE,DK,NL,SE&indicators=computer,internet,epr&chart=gap&profile=DE';
const DEFAULT_TITLE = 'Computer use, Internet access and Electronic records in every survey: 11 countries';

/**
 * Installed before the page's own scripts: records the chart title each time a frame is about to be
 * painted while a visible chart is on the page (requestAnimationFrame runs right before each paint).
 */
function recordPaintedTitles() {
  const painted: string[] = [];
  (window as unknown as { __painted: string[] }).__painted = painted;
  const frame = () => {
    const title = document.querySelector('.chart-title');
    const svg = document.querySelector('figure svg[role="img"]');
    if (title && svg?.checkVisibility({ visibilityProperty: true })) {
      const text = title.textContent ?? '';
      if (painted[painted.length - 1] !== text) painted.push(text);
    }
    if (painted.length < 20) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

describe('prerendered page', () => {
  it('is readable without JavaScript: the default chart with its name and titles, the profile, no script run', async () => {
    const context = await browser.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1400, height: 900 },
    });
    try {
      const { page } = await browser.open('/', { context });
      const svg = page.locator('figure svg[role="img"]');
      await expect(svg.count()).resolves.toBe(1);
      await expect(svg.isVisible()).resolves.toBe(true);
      await expect(svg.getAttribute('aria-label')).resolves.toMatch(
        /^Dot chart of every survey.* 11 of the 12 selected countries/,
      );
      await expect(page.locator('.chart-title').textContent()).resolves.toBe(DEFAULT_TITLE);
      await expect(
        page.locator('svg .mark[data-country="FR"][data-indicator="computer"] title').textContent(),
      ).resolves.toMatch(/^France — empirica 2007: GP practices using a computer: 82.8 % \(epSOS project, /);
      await expect(page.locator('svg .survey-mark').count()).resolves.toBeGreaterThan(40);
      // The profile is there in full, not a loading line.
      const profile = page.getByRole('region', { name: 'France profile' });
      await expect(profile.isVisible()).resolves.toBe(true);
      await expect(profile.locator('h3').first().textContent()).resolves.toBe('At a glance');
      await expect(page.getByRole('status').filter({ hasText: 'Loading' }).count()).resolves.toBe(0);
      // Nothing ran: the address is as typed (the app would have written the canonical query).
      expect(new URL(page.url()).search).toBe('');
    } finally {
      await context.close();
    }
  });

  it('hydrates the default view without console errors or a second chart', async () => {
    const { page, errors } = await browser.open('/');
    await waitForChart(page);
    // Hydrated: the app has taken over (canonical address written, the prerender's marker gone).
    await page.waitForFunction(() => window.location.search.startsWith('?countries='));
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-ssr'));
    await expect(page.locator('figure svg[role="img"]').count()).resolves.toBe(1);
    // The hydrated chart is All surveys, the same marks as the markup it took over.
    await expect(page.locator('svg .survey-mark').count()).resolves.toBeGreaterThan(40);
    await expect(page.getByRole('status').filter({ hasText: 'Loading' }).count()).resolves.toBe(0);
    // It responds: switching the chart kind draws the gap chart.
    await page.getByRole('tab', { name: 'Gap to EU average' }).click();
    await page.waitForFunction(() => document.querySelector('.chart-title')?.textContent?.startsWith('Gap'));
    expect(errors).toEqual([]);
  });

  it('never paints the default view first on a deep link', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(recordPaintedTitles);
    try {
      const { page, errors } = await browser.open(DEEP_LINK, { context });
      await waitForChart(page);
      await page.waitForFunction(() => (window as unknown as { __painted: string[] }).__painted.length > 0);
      // Until the page is complete (the profile panel comes last, once it is interactive) and two
      // frames more have been painted: states, not a time that a loaded machine may not keep.
      await page
        .getByRole('region', { name: 'Germany profile' })
        .getByRole('heading', { name: 'Sources' })
        .waitFor();
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const painted = await page.evaluate(() => (window as unknown as { __painted: string[] }).__painted);
      expect(painted).toEqual(['Gap to the EU27 average in percentage points: France and Germany']);
      await expect(page.getByRole('region', { name: 'Germany profile' }).isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('paints the prerendered chart before it requests the script or the dataset', async () => {
    const { page, errors } = await browser.open('/');
    await waitForChart(page);
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-ssr'));
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      requests: performance
        .getEntriesByType('resource')
        .map((r) => ({ path: new URL(r.name).pathname + new URL(r.name).search, start: r.startTime })),
    }));
    expect(timing.paint).not.toBeNull();
    const entry = timing.requests.find((r) => /^\/assets\/index-[\w-]+\.js$/.test(r.path));
    const data = timing.requests.find((r) => r.path.startsWith('/data/indicators.json?v='));
    expect(entry, 'the app script').toBeDefined();
    expect(data, 'the dataset').toBeDefined();
    expect(entry?.start).toBeGreaterThanOrEqual(timing.paint ?? Number.POSITIVE_INFINITY);
    expect(data?.start).toBeGreaterThanOrEqual(timing.paint ?? Number.POSITIVE_INFINITY);
    expect(errors).toEqual([]);
  });

  it("fetches a deep link's script, dataset and chart code at once, from the page's head", async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      // When the page became interactive, on the page's clock.
      await context.addInitScript(() => {
        const w = window as unknown as { __interactiveAt?: number };
        new MutationObserver((_, observer) => {
          if (!document.documentElement?.hasAttribute('data-interactive')) return;
          w.__interactiveAt = performance.now();
          observer.disconnect();
        }).observe(document, { subtree: true, attributes: true });
      });
      const { page, errors } = await browser.open(DEEP_LINK, { context });
      await waitForChart(page);
      await page
        .getByRole('region', { name: 'Germany profile' })
        .getByRole('heading', { name: 'Sources' })
        .waitFor();
      const interactiveAt = await page.evaluate(
        () => (window as unknown as { __interactiveAt?: number }).__interactiveAt,
      );
      const requests = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
          path: new URL(r.name).pathname + new URL(r.name).search,
          start: r.startTime,
          end: r.responseEnd,
        })),
      );
      // One request for the dataset (the hashed file the boot script preloads; the app reuses it).
      const data = requests.filter((r) => r.path.startsWith('/data/indicators.json'));
      expect(data).toHaveLength(1);
      expect(data[0]?.path).toMatch(/^\/data\/indicators\.json\?v=[0-9a-f]{12}$/);
      // The dataset and the gap chart's code are asked for before the app's script has even
      // arrived: by the head script, not discovered once the app runs.
      const entry = requests.find((r) => /^\/assets\/index-[\w-]+\.js$/.test(r.path));
      const gap = requests.find((r) => /^\/assets\/GapChart-[\w-]+\.js$/.test(r.path));
      expect(entry).toBeDefined();
      expect(data[0]?.start).toBeLessThanOrEqual(entry?.end ?? 0);
      expect(gap?.start).toBeLessThanOrEqual(entry?.end ?? 0);
      // So is the profile the link opens; the panel's code comes once the page is interactive, so
      // that it is not among the scripts the page waits for (src/app/boot/deferredParts.ts).
      const profile = requests.filter((r) => r.path === '/data/profiles/DE.json');
      const panel = requests.filter((r) => /^\/assets\/ProfilePanel-[\w-]+\.js$/.test(r.path));
      expect(profile).toHaveLength(1);
      expect(profile[0]?.start).toBeLessThanOrEqual(entry?.end ?? 0);
      expect(panel).toHaveLength(1);
      expect(interactiveAt).toBeDefined();
      expect(panel[0]?.start).toBeGreaterThanOrEqual(interactiveAt ?? Number.POSITIVE_INFINITY);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("fetches a map link's geometry with its code, once, before the app's script has arrived", async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const { page, errors } = await browser.open('/?countries=FR,DE,SK&chart=map', { context });
      await waitForChart(page);
      await page.waitForSelector('figure svg path.mark[data-country="SK"]');
      const requests = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
          path: new URL(r.name).pathname,
          start: r.startTime,
          end: r.responseEnd,
        })),
      );
      const entry = requests.find((r) => /^\/assets\/index-[\w-]+\.js$/.test(r.path));
      // One request: the map's own fetch takes the preloaded response (a mismatch would fetch twice).
      const geometry = requests.filter((r) => r.path === '/data/europe.topo.json');
      expect(geometry).toHaveLength(1);
      expect(geometry[0]?.start).toBeLessThanOrEqual(entry?.end ?? 0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
  it('a deep link whose page is still being parsed when the app runs still draws from the built-in data', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    // A script that blocks the parser for 1.5 s just before the hydration data: the app's module,
    // inserted by the boot script as an async script, arrives and runs meanwhile.
    await context.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(
          '<script type="application/json" id="initial-data">',
          '<script src="/slow-parse.js"></script><script type="application/json" id="initial-data">',
        );
        await route.fulfill({ response, body });
      },
    );
    await context.route('**/slow-parse.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    });
    const requested: string[] = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await context.addInitScript(() => {
      const statuses = new Set<string>();
      (window as unknown as { __statuses: Set<string> }).__statuses = statuses;
      new MutationObserver(() => {
        for (const s of document.querySelectorAll('[role="status"]')) statuses.add(s.textContent ?? '');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    try {
      const { page, errors } = await browser.open(DEEP_LINK, { context });
      await waitForChart(page);
      await expect(page.locator('.chart-title').textContent()).resolves.toBe(
        'Gap to the EU27 average in percentage points: France and Germany',
      );
      const statuses = await page.evaluate(() => [
        ...(window as unknown as { __statuses: Set<string> }).__statuses,
      ]);
      expect(statuses.filter((s) => s.startsWith('Loading the indicator data'))).toEqual([]);
      expect(requested.filter((p) => p === '/data/indicators.json')).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
