import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { strFromU8, strToU8, unzipSync, zlibSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../src/share/base64url';
import { startBrowser, waitForChart } from './harness';
import { untilOwnDataStored } from './idb';

/**
 * Issue 20: what held against hostile input stays held. Rows with markup and spreadsheet formulas in
 * their labels, sources and notes come in through a `#data=` link and through Add data; every chart
 * kind (read from the page's tab list, so a new kind is covered too) shows them as text, nothing
 * runs, and the SVG, CSV and ZIP exports carry no markup and no live formula.
 */
const browser = startBrowser();

const LABELS = {
  hostile_a: '<script>window.__pwned=1</script>',
  hostile_b: '"><img src=x onerror="window.__pwned=2">',
  hostile_c: '</text><script>window.__pwned=3</script>',
  hostile_d: '=HYPERLINK("http://evil.test","x")',
};
const q = (text: string) => `"${text.replace(/"/g, '""')}"`;
const HOSTILE_CSV = [
  'country,indicator,year,value,label,source,note',
  `FR,hostile_a,2020,40,${q(LABELS.hostile_a)},${q("+cmd|' /C calc'!A0")},${q('@SUM(1)')}`,
  `DE,hostile_a,2020,50,,${q('@SUM(1)')},${q(LABELS.hostile_b)}`,
  'EU27,hostile_a,2020,45,,,',
  `FR,hostile_b,2020,30,${q(LABELS.hostile_b)},${q('=1+1')},${q('-2+3')}`,
  'DE,hostile_b,2020,20,,,',
  `FR,hostile_c,2020,60,${q(LABELS.hostile_c)},,`,
  'DE,hostile_c,2020,70,,,',
  `FR,hostile_d,2020,10,${q(LABELS.hostile_d)},,`,
  'DE,hostile_d,2020,15,,,',
  '',
].join('\n');
const QUERY = '?countries=FR,DE&indicators=my_hostile_a,my_hostile_b,my_hostile_c,my_hostile_d';
const FRAGMENT = `#data=${toBase64Url(zlibSync(strToU8(HOSTILE_CSV), { level: 9 }))}`;

interface Probe {
  dialogs: string[];
}

async function watch(page: Page): Promise<Probe> {
  const probe: Probe = { dialogs: [] };
  page.on('dialog', (d) => {
    probe.dialogs.push(d.message());
    void d.dismiss();
  });
  return probe;
}

/** Nothing from the rows became markup or ran. */
async function expectNoInjection(page: Page, probe: Probe, where: string) {
  const found = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned ?? null,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__pwned'))
      .length,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
  }));
  expect(found, where).toEqual({ pwned: null, images: 0, scripts: 0, handlers: 0 });
  expect(probe.dialogs, where).toEqual([]);
}

async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFileSync(await file.path());
}

/** Every text cell that a spreadsheet would run as a formula starts with an apostrophe. */
function expectSpreadsheetSafe(csv: string, where: string) {
  for (const row of csvParse(csv)) {
    for (const [column, cell] of Object.entries(row)) {
      if (/^-?\d+(\.\d+)?$/.test(cell ?? '')) continue;
      expect(cell ?? '', `${where}: ${column}`).not.toMatch(/^[=+\-@\t\r]/);
    }
  }
}

/** Visits every chart kind listed in the page: the rows are text in each, and its SVG holds no markup. */
async function everyChartKind(page: Page, probe: Probe) {
  const tabs = page.getByRole('tablist', { name: 'Chart type' }).getByRole('tab');
  const names = await tabs.allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(7);
  let svgs = 0;
  for (const name of names) {
    await tabs.filter({ hasText: name }).first().click();
    await page.locator('#chart-panel figure').first().waitFor();
    await page
      .locator('#chart-panel figure svg[role="img"], #chart-panel figure table, #chart-panel .chart-empty')
      .first()
      .waitFor({ timeout: 10_000 });
    await expectNoInjection(page, probe, name);
    const text = (await page.locator('#chart-panel').textContent()) ?? '';
    expect(text, name).toMatch(/<script>window\.__pwned=1<\/script>|=HYPERLINK|<\/text><script>/);
    const svgButton = page.getByRole('button', { name: 'Download SVG' });
    if (await svgButton.isEnabled()) {
      const svg = (await download(page, 'Download SVG')).toString('utf8');
      svgs += 1;
      // Every element of the file is one the export wrote: no script, image or event handler.
      for (const tag of svg.match(/<[a-zA-Z][^>]*>/g) ?? []) {
        expect(tag, name).not.toMatch(/^<(script|img|foreignObject|iframe)\b/i);
        const attributes = [...tag.matchAll(/\s([^\s=]+)="([^"]*)"/g)];
        for (const [, attribute = '', value = ''] of attributes) {
          expect(attribute, `${name}: ${tag.slice(0, 80)}`).not.toMatch(/^on/i);
          if (/href$/i.test(attribute)) expect(value, name).not.toMatch(/^\s*javascript:/i);
        }
      }
      expect(svg, name).toMatch(/&lt;script&gt;|&lt;\/text&gt;|=HYPERLINK/);
    }
  }
  // Every kind exports an image of these rows (the gap chart too: hostile_a has an EU27 row).
  expect(svgs).toBe(names.length);
}

async function exportsAreSafe(page: Page, probe: Probe) {
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.locator('#chart-panel figure table').waitFor();
  const csv = (await download(page, 'Download CSV')).toString('utf8');
  expect(csv).toContain("'=HYPERLINK");
  expect(csv).toContain("'@SUM(1)");
  expectSpreadsheetSafe(csv, 'view CSV');
  await page.getByRole('button', { name: 'Download data' }).click();
  const zip = unzipSync(new Uint8Array(await download(page, 'Data of this view (ZIP)')));
  const files = Object.fromEntries(Object.entries(zip).map(([n, b]) => [n, strFromU8(b)]));
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('.csv')) expectSpreadsheetSafe(text, `ZIP ${name}`);
  }
  expect(files['README.md']).not.toMatch(/<script|<img|<\/text>/);
  expect(files['indicators.csv']).toContain("'=HYPERLINK");
  await expectNoInjection(page, probe, 'exports');
}

describe('hostile rows stay text', () => {
  it('through a #data= link: every chart kind, the SVG, CSV and ZIP exports; the embed says whose data it is', async () => {
    const { page, errors } = await browser.open(`/${QUERY}&chart=bars${FRAGMENT}`);
    const probe = await watch(page);
    await waitForChart(page);
    await page.locator('figure svg .mark[data-indicator="my_hostile_a"]').first().waitFor();
    await everyChartKind(page, probe);
    await exportsAreSafe(page, probe);
    // The Sources dialog names the hostile source as text.
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sources and methods' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("+cmd|' /C calc'!A0");
    await expectNoInjection(page, probe, 'sources');
    await page.keyboard.press('Escape');
    // The embedded view of the same link: text, and the data are said to be the reader's own.
    await page.goto(`${browser.baseUrl}${QUERY}&chart=bars&embed=1${FRAGMENT}`);
    await page.locator('main.embed figure svg .mark[data-indicator="my_hostile_a"]').first().waitFor();
    await expect(page.locator('main.embed .embed-own').textContent()).resolves.toMatch(/reader's own data/);
    await expectNoInjection(page, probe, 'embed');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('through Add data: every chart kind and the exports', async () => {
    const { page, errors } = await browser.open(`/${QUERY.replace(/my_hostile_\w+,?/g, '')}computer`);
    const probe = await watch(page);
    await waitForChart(page);
    await page.getByRole('button', { name: /^Add data/ }).click();
    const panel = page.getByRole('region', { name: 'Add your own data' });
    await panel.getByRole('textbox', { name: 'Or paste CSV text' }).fill(HOSTILE_CSV);
    await panel.getByRole('button', { name: 'Load pasted text' }).click();
    await panel.locator('.import-report').filter({ hasText: 'loaded' }).waitFor();
    await expectNoInjection(page, probe, 'Add data panel');
    await untilOwnDataStored(page);
    await page.goto(`${browser.baseUrl}${QUERY}&chart=bars`);
    await page.locator('figure svg .mark[data-indicator="my_hostile_a"]').first().waitFor();
    await everyChartKind(page, probe);
    await exportsAreSafe(page, probe);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('a 5,000-character label', () => {
  it('does not widen the page in any chart kind; the title and legend keep the full text in their title', async () => {
    const label = 'W'.repeat(5000);
    const csv = `country,indicator,year,value,label\nFR,long,2020,40,${label}\nDE,long,2020,50,\n`;
    const fragment = `#data=${toBase64Url(zlibSync(strToU8(csv), { level: 9 }))}`;
    const { page, errors } = await browser.open(`/?countries=FR,DE&indicators=computer,my_long${fragment}`);
    await page.locator('figure svg .mark[data-indicator="my_long"]').first().waitFor({ timeout: 15_000 });
    const tabs = page.getByRole('tablist', { name: 'Chart type' }).getByRole('tab');
    for (const name of await tabs.allTextContents()) {
      await tabs.filter({ hasText: name }).first().click();
      // Measured once the kind is drawn (its code may still be on its way: the figure says "Loading…").
      await page
        .locator('#chart-panel figure svg[role="img"], #chart-panel figure table, #chart-panel .chart-empty')
        .first()
        .waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, name).toBeLessThanOrEqual(1400);
    }
    await expect(page.locator('.chart-title').getAttribute('title')).resolves.toContain(label);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a new #data= in an open tab with the same query', () => {
  it('is read, with its notice, not dropped', async () => {
    const first = `#data=${toBase64Url(zlibSync(strToU8('country,indicator,year,value\nFR,first,2020,1\n'), { level: 9 }))}`;
    const { page, errors } = await browser.open(`/?countries=FR,DE&indicators=computer${first}`);
    await waitForChart(page);
    const notice = page.getByRole('region', { name: 'Data from the link' });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('(1 figure)');
    await notice.getByRole('button', { name: 'Remove data from the link' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, FRAGMENT);
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('(9 figures)');
    expect(new URL(page.url()).hash).toBe(FRAGMENT);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the hosting headers and framing', () => {
  it('ships _headers in the build output: nosniff, Referrer-Policy, frame-ancestors', async () => {
    const response = await fetch(new URL('/_headers', browser.baseUrl));
    expect(response.ok).toBe(true);
    const text = await response.text();
    expect(text).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
    expect(text).toMatch(/^\s+Referrer-Policy: no-referrer$/m);
    expect(text).toMatch(/^\s+Content-Security-Policy: frame-ancestors \*;/m);
  });

  it('the full app framed by another page says so and changes no data; embed=1 framed is just the chart', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const probe = await watch(page);
    await page.setContent(
      `<iframe title="full" src="${browser.baseUrl}${QUERY}${FRAGMENT}" width="1300" height="800"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    await frame.getByText('This dashboard is shown inside another site.').waitFor({ timeout: 15_000 });
    const keep = frame.getByRole('button', { name: 'Keep in this browser' });
    await keep.waitFor();
    await expect(keep.isDisabled()).resolves.toBe(true);
    await expect(frame.getByRole('button', { name: /^Add data/ }).isDisabled()).resolves.toBe(true);
    expect(probe.dialogs).toEqual([]);
    await page.setContent(
      `<iframe title="embed" src="${browser.baseUrl}${QUERY}&embed=1${FRAGMENT}" width="800" height="600"></iframe>`,
    );
    await frame.locator('main.embed figure svg[role="img"]').first().waitFor({ timeout: 15_000 });
    await expect(frame.getByText('This dashboard is shown inside another site.').count()).resolves.toBe(0);
    await context.close();
  });
});
