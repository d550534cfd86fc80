import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { describe, type ExpectStatic, it } from 'vitest';
import { failForGood } from './failingChunk';
import { axeViolations, startBrowser, waitForChart, withoutBuiltInData } from './harness';

const browser = startBrowser();

const DATASET = '**/data/indicators.json';
const realDataset = readFileSync(new URL('../../public/data/indicators.json', import.meta.url), 'utf8');
const VIEW = '/?countries=FR,DE,DK&indicators=computer,internet,epr&chart=bars&profile=FR';

/** The console line Chromium logs for a response with this status, and nothing else. */
const httpStatusLog = (status: number) =>
  new RegExp(`^Failed to load resource: the server responded with a status of ${status} \\(`);
const without = (errors: string[], expected: RegExp | null) =>
  expected ? errors.filter((e) => !expected.test(e)) : errors;

interface FailureCase {
  name: string;
  handle: (route: Route) => Promise<void> | void;
  message: RegExp;
  /** A console line the deliberate failure itself causes (an HTTP error status). */
  logged: RegExp | null;
  /** At least this long before the alert (the time-out case), in ms. */
  notBefore?: number;
  timeout?: number;
}

const CASES: FailureCase[] = [
  {
    name: 'a server that never answers (the app gives up after 10 s, and once more on its retry)',
    handle: () => {
      // Never fulfilled: the request hangs until the app's own time-out aborts it.
    },
    message: /did not answer within 10 s/,
    logged: null,
    notBefore: 10_000,
    timeout: 75_000,
  },
  {
    name: '404 Not Found',
    handle: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
    message: /The server answered 404\b.*indicators\.json/,
    logged: httpStatusLog(404),
  },
  {
    name: '500 Internal Server Error',
    handle: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' }),
    message: /The server answered 500\b.*indicators\.json/,
    logged: httpStatusLog(500),
  },
  {
    name: 'truncated JSON',
    handle: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: realDataset.slice(0, Math.floor(realDataset.length / 2)),
      }),
    message: /not valid JSON \(it may be truncated\)/,
    logged: null,
  },
  {
    name: 'valid JSON that breaks the schema',
    handle: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          ...JSON.parse(realDataset),
          observations: [{ country: 'FR', value: 'lots' }],
        }),
      }),
    message: /does not have the expected shape \(observations/,
    logged: null,
  },
];

async function expectDataAlert(expect: ExpectStatic, page: Page, message: RegExp, timeout: number) {
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'The indicator data could not be loaded' }).waitFor({ timeout });
  await expect(alert.textContent()).resolves.toMatch(message);
  await expect(alert.getByRole('button', { name: 'Retry' }).isEnabled()).resolves.toBe(true);
  // Nothing blank: the alert is laid out and visible.
  const box = await alert.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(50);
  expect(await alert.isVisible()).toBe(true);
  return alert;
}

// Every test here runs concurrently (own context each): the never-answering server costs two 10 s
// time-outs of waiting, which the other tests use. It comes first so it starts first.
describe.concurrent('the indicator data fails to load', () => {
  for (const c of CASES) {
    it(
      `${c.name}: an alert says what failed, offers Retry, and Retry draws the chart once the file is back`,
      async ({ expect }) => {
        const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
        await withoutBuiltInData(context);
        await context.route(DATASET, c.handle);
        const { page, errors } = await browser.open(VIEW, { context });
        const started = Date.now();
        const alert = await expectDataAlert(expect, page, c.message, (c.timeout ?? 45_000) - 15_000);
        expect(Date.now() - started).toBeGreaterThanOrEqual(c.notBefore ?? 0);
        expect(await page.locator('figure').count()).toBe(0);
        await context.unrouteAll({ behavior: 'ignoreErrors' });
        await alert.getByRole('button', { name: 'Retry' }).click();
        await waitForChart(page);
        await page.locator('figure svg .mark[data-country="FR"][data-indicator="computer"]').waitFor();
        await expect(
          page
            .locator('figure svg .mark[data-country="FR"][data-indicator="computer"]')
            .getAttribute('data-value'),
        ).resolves.toBe('82.8');
        expect(await page.getByRole('alert').count()).toBe(0);
        expect(new URL(page.url()).search).toBe(VIEW.slice(1));
        expect(without(errors, c.logged)).toEqual([]);
        if (c.logged) expect(errors.length).toBeGreaterThan(0);
        await context.close();
      },
      c.timeout ?? 45_000,
    );
  }

  it('the error state passes axe-core', async ({ expect }) => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await withoutBuiltInData(context);
    await context.route(DATASET, (route) => route.fulfill({ status: 500, body: 'boom' }));
    const { page } = await browser.open(VIEW, { context });
    await expectDataAlert(expect, page, /500/, 15_000);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 45_000);
});

describe.concurrent('a broken profile file breaks only the profile panel', () => {
  const cases = [
    {
      name: '500',
      handle: (route: Route) => route.fulfill({ status: 500, body: 'boom' }),
      message: /The server answered 500/,
      logged: httpStatusLog(500),
    },
    {
      name: 'invalid JSON',
      handle: (route: Route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"code": "FR", "sections": [' }),
      message: /not valid JSON/,
      logged: null,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: an alert inside the France profile, the chart and the figures still shown`, async ({
      expect,
    }) => {
      const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
      await withoutBuiltInData(context);
      await context.route('**/data/profiles/FR.json', c.handle);
      const { page, errors } = await browser.open(VIEW, { context });
      await waitForChart(page);
      const region = page.getByRole('region', { name: 'France profile' });
      const alert = region.getByRole('alert');
      await alert.waitFor({ timeout: 15_000 });
      await expect(alert.textContent()).resolves.toMatch(
        /The narrative profile of France could not be loaded/,
      );
      await expect(alert.textContent()).resolves.toMatch(c.message);
      // Only one alert on the page, and the rest works.
      expect(await page.getByRole('alert').count()).toBe(1);
      await expect(
        page
          .locator('figure svg .mark[data-country="FR"][data-indicator="computer"]')
          .getAttribute('data-value'),
      ).resolves.toBe('82.8');
      await region.getByRole('heading', { name: 'At a glance' }).waitFor();
      await page.getByRole('tab', { name: 'Table' }).click();
      await page.locator('figure table td[data-country="FR"][data-indicator="computer"]').first().waitFor();

      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await alert.getByRole('button', { name: 'Retry' }).click();
      await region.getByRole('heading', { name: 'Sources' }).waitFor();
      expect(await region.getByRole('alert').count()).toBe(0);
      // The boot fetched the linked profile with the integrity of the built file first (src/app/main.tsx):
      // the browser refuses the broken one, says so in the console, and the app fetches it itself.
      expect(without(errors, c.logged).filter((e) => !/integrity|SRI/.test(e))).toEqual([]);
      await context.close();
    }, 45_000);
  }
});

describe.concurrent('Content-Security-Policy of the built app', () => {
  it('is set without unsafe-inline scripts, and browsing every chart kind and control violates nothing', async ({
    expect,
  }) => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__csp.push(`${e.effectiveDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    const { page, errors } = await browser.open(VIEW, { context });
    await waitForChart(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toBeTruthy();
    const directives = new Map(
      (csp ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
    expect(scriptSrc).toBeDefined();
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");

    const kinds = [
      ['gap', 'Gap to EU average', 'figure svg .mark'],
      ['ranking', 'Ranking', 'figure svg .mark'],
      ['map', 'Map', 'figure svg path.mark'],
      ['scatter', 'Scatter', 'figure svg .mark'],
      ['table', 'Table', 'figure table td'],
      ['bars', 'Bars', 'figure svg .mark'],
    ] as const;
    for (const [kind, tab, drawn] of kinds) {
      await page.getByRole('tab', { name: tab }).click();
      await page.locator(`#chart-panel[aria-labelledby="tab-${kind}"]`).waitFor();
      await page.locator(drawn).first().waitFor();
    }
    // An export draws the chart through a blob: image and a canvas.
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(await png.failure()).toBeNull();
    for (const picker of ['Countries', 'Indicators']) {
      await page.getByRole('button', { name: new RegExp(`^${picker} \\(`) }).click();
      await page.getByRole('listbox', { name: picker }).waitFor();
      await page.getByRole('button', { name: 'Done' }).click();
    }
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('textbox', { name: 'Embed code (iframe)' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Add data/ }).click();
    await page.getByRole('region', { name: 'Add your own data' }).waitFor();
    await page
      .getByRole('region', { name: 'France profile' })
      .getByRole('heading', { name: 'Sources' })
      .waitFor();
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual([]);

    // The listener does see violations: an inline script injected now is blocked and reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length))
      .toBe(1);
    expect(
      await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan),
    ).toBeUndefined();
    // Chromium logs the blocked inline script itself; nothing else may be on the console.
    expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy/.test(e))).toHaveLength(1);
    await context.close();
  }, 45_000);
});

const unexpected = (errors: string[], chunk: string) =>
  errors.filter((e) => !new RegExp(`${chunk}|dynamically imported module|ERR_INTERNET_DISCONNECTED`).test(e));

describe('a part whose code cannot be fetched says so in place', () => {
  it('the Countries picker: an alert in its panel, Try again loads it even where its first URL stays failed, the rest unaffected', async ({
    expect,
  }) => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const chunk = await failForGood(context, 'MultiPickerPanel');
      const { page, errors } = await browser.open(VIEW, { context });
      await waitForChart(page);
      await page.getByRole('button', { name: /^Countries \(/ }).click();
      const panel = page.locator('.picker-panel');
      const alert = panel.getByRole('alert');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.textContent()).toMatch(/The countries list could not be loaded/);
      // Only the picker says so: the chart is still drawn.
      expect(await page.getByRole('alert').count()).toBe(1);
      expect(await page.locator('figure svg .mark').count()).toBeGreaterThan(0);
      // Try again while the file is still unreachable: a retry under a new URL fails, the alert stays.
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => chunk.refused.filter((q) => q.startsWith('?retry=')).length).toBeGreaterThan(0);
      await alert.waitFor();
      // The file is back, but not under its first URL: Try again opens the list all the same.
      chunk.back();
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('listbox', { name: 'Countries' }).waitFor({ timeout: 10_000 });
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(chunk.served).toHaveLength(1);
      expect(chunk.served[0]).toMatch(/^\?retry=\d+$/);
      expect(chunk.refused).toContain('');
      // The panel works: a country chosen in it joins the view.
      const spain = page.getByRole('listbox', { name: 'Countries' }).getByRole('option', { name: /Spain/ });
      await spain.click();
      await expect.poll(() => spain.getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => new URL(page.url()).searchParams.get('countries')).toMatch(/\bES\b/);
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: 'Table' }).click();
      await page.locator('figure table td[data-country="FR"][data-indicator="computer"]').first().waitFor();
      expect(unexpected(errors, 'MultiPickerPanel')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 45_000);

  it('a chart kind (a named export): Try again draws it even where its first URL stays failed', async ({
    expect,
  }) => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const chunk = await failForGood(context, 'GapChart');
      const { page, errors } = await browser.open(VIEW, { context });
      await waitForChart(page);
      await page.getByRole('tab', { name: 'Gap to EU average' }).click();
      const alert = page.locator('figure').getByRole('alert');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.textContent()).toMatch(/This chart could not be drawn/);
      chunk.back();
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.locator('figure svg .mark').first().waitFor({ timeout: 10_000 });
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(chunk.served.length).toBeGreaterThan(0);
      expect(unexpected(errors, 'GapChart')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 45_000);
});

// Issue 26: with the built page (its prerender and boot script), a deep link waited for the dataset
// without an end: white for as long as the server held the request. Every link now gives up after
// the app's 10 s, with the same alert and Retry as the app's own fetch.
describe.concurrent('the built page while the dataset never answers', () => {
  for (const path of [VIEW, '/?countries=FR,DE&indicators=computer&chart=ranking', '/']) {
    it(`${path}: the data alert after 10 s, with Retry that draws the chart`, async ({ expect }) => {
      const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.route(
        (url) => url.pathname.endsWith('/data/indicators.json'),
        () => {
          // Never fulfilled.
        },
      );
      const { page, errors } = await browser.open(path, { context });
      const started = Date.now();
      const alert = await expectDataAlert(expect, page, /did not answer within 10 s/, 40_000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await alert.getByRole('button', { name: 'Retry' }).click();
      await waitForChart(page);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }, 60_000);
  }
});
