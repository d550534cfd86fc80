import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dataPackageProblems } from '../shared/dataPackageRules';
import { readWithFrictionless } from '../shared/frictionless';
import { axeViolations, startBrowser, waitForChart } from './harness';
import { untilOwnDataStored } from './idb';

const browser = startBrowser();

const OWN_CSV = `country,indicator,year,value,source,label
FR,gp_tablets,2020,41.5,"Tablet survey 2020",GP tablet use 2020
DE,gp_tablets,2020,38,"Tablet survey 2020",
`;

async function download(page: Page, name: string, role: 'button' | 'link' = 'button') {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole(role, { name }).click()]);
  expect(await file.failure()).toBeNull();
  return { name: file.suggestedFilename(), path: await file.path() };
}

function unzip(path: string): Map<string, string> {
  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  return new Map(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const notice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'The data in the link could not be used.' });

describe('sources and methods', () => {
  it('names the survey, its base and both publications, cites the view with its link; Escape returns focus', async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=computer');
    await waitForChart(page);
    const button = page.getByRole('button', { name: 'Sources', exact: true });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Sources and methods' });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Benchmarking ICT use among General Practitioners in Europe');
    expect(text).toContain('General practitioners (GP practices) in the EU27, Norway and Iceland');
    expect(text).toContain('EU27 average');
    const publications = await dialog.locator('.sources-publications > li > :first-child').allTextContents();
    expect(publications.some((p) => p.includes('Country profile: France'))).toBe(true);
    expect(publications.some((p) => p.includes('Deutsches Ärzteblatt') || p.includes('Onlinedienste'))).toBe(
      true,
    );
    expect(text).toContain(
      "France 2007: epSOS Country profile: France, section 'ICT use and eHealth strategy'",
    );
    const citation = (await dialog.locator('.sources-citation').textContent()) ?? '';
    expect(citation).toContain('epSOS Indicators');
    expect(citation).toContain(page.url());
    expect(citation).toMatch(/\(accessed \d{1,2} [A-Z][a-z]+ \d{4}\)\.$/);
    await expect(dialog.getByRole('button', { name: 'Copy citation' }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Sources');
    // Keyboard: Enter on the focused button opens it again.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('download data', () => {
  it('gives the full dataset and the data of the view as valid Data Packages holding FR computer 82.8', async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=computer&chart=bars');
    await waitForChart(page);
    await page.getByRole('button', { name: 'Download data' }).click();
    const full = await download(page, 'Full dataset (ZIP)', 'link');
    expect(full.name).toBe('epsos-indicators-data.zip');
    await page.getByRole('button', { name: 'Download data' }).click();
    await page.getByRole('button', { name: 'Download data' }).click();
    const view = await download(page, 'Data of this view (ZIP)');
    expect(view.name).toBe('epsos-indicators_bars_FR-DE.zip');
    for (const file of [full, view]) {
      const files = unzip(file.path);
      expect(dataPackageProblems(files)).toEqual([]);
      expect((await readWithFrictionless(files)).errors).toEqual([]);
      const rows = csvParse(files.get('observations.csv') ?? '');
      expect(rows.find((r) => r.country === 'FR' && r.indicator === 'computer')).toMatchObject({
        value: '82.8',
        year: '2007',
        source: 'epsos-fr',
        survey: 'empirica-gp',
      });
      expect(files.get('README.md')).toContain('No value is estimated');
    }
    const viewRows = csvParse(unzip(view.path).get('observations.csv') ?? '');
    expect(new Set(viewRows.map((r) => r.country))).toEqual(new Set(['EU27', 'FR', 'DE']));
    expect(new Set(viewRows.map((r) => r.indicator))).toEqual(new Set(['computer']));
    // Said once the package's promise settles: a render after the download has begun.
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Data of this view downloaded' }).count())
      .toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('copy PNG', () => {
  it('puts a PNG on the clipboard where allowed', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(browser.baseUrl).origin,
    });
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=computer', { context });
    await waitForChart(page);
    await page.bringToFront();
    await page.getByRole('button', { name: 'Copy PNG' }).click();
    await expect
      .poll(() => page.locator('.export-status').textContent(), { timeout: 10_000 })
      .toBe('PNG copied: paste it into your document');
    const types = await page.evaluate(async () =>
      (await navigator.clipboard.read()).flatMap((i) => [...i.types]),
    );
    expect(types).toContain('image/png');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so clearly where the page may not copy images', async () => {
    const { page } = await browser.open('/?countries=FR,DE&indicators=computer');
    await waitForChart(page);
    await page.evaluate(() => {
      Object.defineProperty(window, 'ClipboardItem', { value: undefined });
    });
    await page.getByRole('button', { name: 'Copy PNG' }).click();
    // Said once the export code is loaded (a chunk of its own).
    await page
      .locator('.export-status')
      .filter({ hasText: 'This browser does not let a page copy images: use Download PNG instead.' })
      .waitFor();
    await page.context().close();
  });
});

describe('own data travels with the link', () => {
  it('"Link with your data" opened in a fresh browser shows the own indicator, in memory only', async () => {
    const { page } = await browser.open('/?countries=FR,DE&indicators=computer&chart=bars');
    await waitForChart(page);
    await page.getByRole('button', { name: /^Add data/ }).click();
    const panel = page.getByRole('region', { name: 'Add your own data' });
    await panel.getByRole('textbox', { name: 'Or paste CSV text' }).fill(OWN_CSV);
    await panel.getByRole('button', { name: 'Load pasted text' }).click();
    await panel.locator('.import-report').filter({ hasText: 'loaded' }).waitFor();
    await untilOwnDataStored(page);
    await page.goto(`${browser.baseUrl}?countries=FR,DE&indicators=computer,my_gp_tablets&chart=bars`);
    await page.locator('figure svg .mark[data-indicator="my_gp_tablets"]').first().waitFor();
    await page.getByRole('button', { name: 'Share' }).click();
    const field = page.getByRole('textbox', { name: 'Link with your data' });
    await field.waitFor();
    const link = (await field.inputValue()) ?? '';
    expect(link).toMatch(
      /^http.*\?countries=FR,DE&indicators=computer,my_gp_tablets&chart=bars#data=[A-Za-z0-9_-]+$/,
    );
    const embed = await page.getByRole('textbox', { name: 'Embed code (iframe)' }).inputValue();
    expect(embed).toMatch(/title="epSOS Indicators: [^"]+"/);
    expect(Number(embed.match(/height="(\d+)"/)?.[1])).toBeGreaterThan(240);
    await page.context().close();

    const fresh = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const other = await fresh.newPage();
    const errors: string[] = [];
    other.on('pageerror', (e) => errors.push(e.message));
    await other.goto(link);
    await other.locator('figure svg .mark[data-indicator="my_gp_tablets"]').first().waitFor();
    await expect(
      other
        .locator('figure svg .mark[data-country="FR"][data-indicator="my_gp_tablets"]')
        .getAttribute('data-value'),
    ).resolves.toBe('41.5');
    const linked = other.getByRole('region', { name: 'Data from the link' });
    await expect(linked.textContent()).resolves.toContain(
      'This view includes data from the link (2 figures).',
    );
    // Nothing was stored: the reader's own data (none here) is untouched; the fragment stays while shown.
    await expect(other.getByRole('button', { name: /^Add data/ }).textContent()).resolves.toBe('Add data');
    expect(new URL(other.url()).hash).toMatch(/^#data=/);
    expect(await axeViolations(other)).toEqual([]);
    // Remove: the data and the fragment go.
    await linked.getByRole('button', { name: 'Remove data from the link' }).click();
    // Gone once the merge without it is drawn (a worker's round trip).
    await other
      .locator('figure svg .mark[data-indicator="my_gp_tablets"]')
      .first()
      .waitFor({ state: 'detached' });
    await expect.poll(() => new URL(other.url()).hash).toBe('');
    expect(errors).toEqual([]);
    await fresh.close();
  });

  it('Keep in this browser stores the data from the link beside the reader’s own', async () => {
    const { page } = await browser.open('/?countries=FR&indicators=computer');
    await waitForChart(page);
    await page.getByRole('button', { name: /^Add data/ }).click();
    const panel = page.getByRole('region', { name: 'Add your own data' });
    await panel.getByRole('textbox', { name: 'Or paste CSV text' }).fill(OWN_CSV);
    await panel.getByRole('button', { name: 'Load pasted text' }).click();
    await panel.locator('.import-report').filter({ hasText: 'loaded' }).waitFor();
    await untilOwnDataStored(page);
    await page.goto(`${browser.baseUrl}?countries=FR,DE&indicators=my_gp_tablets`);
    await page.locator('figure svg .mark[data-indicator="my_gp_tablets"]').first().waitFor();
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.getByRole('textbox', { name: 'Link with your data' }).inputValue();
    // Same browser: the reader's stored import stays, the link's data comes in beside it. (A new
    // document, as from an e-mail: a goto that changes only the hash would not reload the page.)
    await page.goto('about:blank');
    await page.goto(link);
    const linked = page.getByRole('region', { name: 'Data from the link' });
    await linked.waitFor();
    // The link's data need not wait for IndexedDB (it holds every own indicator the link names); the
    // stored import is listed once IndexedDB is read.
    await page.getByRole('button', { name: 'Add data (1)' }).waitFor();
    await linked.getByRole('button', { name: 'Keep in this browser' }).click();
    await expect(page.getByRole('button', { name: /^Add data/ }).textContent()).resolves.toBe('Add data (2)');
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await page.context().close();
  });
});

describe('a broken #data= fragment', () => {
  for (const [form, hash, problem] of [
    ['not base64', '#data=%%%3Cscript%3E', 'not valid base64url'],
    ['truncated', '#data=eNpLz', 'truncated'],
    ['not deflate', '#data=aGVsbG8gd29ybGQgdGhpcyBpcyB0ZXh0', 'not deflate'],
  ] as const) {
    it(`${form}: the view opens with the built-in data and a notice names the problem`, async () => {
      const { page, errors } = await browser.open(`/?countries=FR,DE&indicators=computer${hash}`);
      await waitForChart(page);
      await notice(page).waitFor();
      await expect(notice(page).textContent()).resolves.toContain(problem);
      expect(
        await page.locator('figure svg .mark[data-country="FR"][data-indicator="computer"]').count(),
      ).toBe(1);
      // The only inline scripts are the build's (the boot script, its file list and the built-in
      // data), none from the link.
      const inline = await page
        .locator('script:not([src])')
        .evaluateAll((ss) =>
          ss.map((s) => s.id || (s.textContent?.includes('data=') ? 'from-link' : 'build')),
        );
      expect(inline.filter((x) => x !== 'initial-data' && x !== 'boot-files' && x !== 'build')).toEqual([]);
      await expect.poll(() => new URL(page.url()).hash).toBe('');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('embed', () => {
  it('shows the short source line and a link to the full view', async () => {
    const { page } = await browser.open('/?countries=FR,DE&indicators=computer&chart=bars&embed=1');
    await page.locator('main.embed figure svg .mark').first().waitFor();
    await expect(page.locator('.embed-source').textContent()).resolves.toMatch(
      /^Data: empirica GP survey for the European Commission \(2007\), as printed in \d+ publications\.$/,
    );
    await expect(page.getByRole('link', { name: /full view/ }).getAttribute('href')).resolves.toBe(
      '?countries=FR,DE&indicators=computer&chart=bars',
    );
    await page.context().close();
  });
});
