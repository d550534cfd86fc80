import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';

const browser = startBrowser();

/** Marks of the chart as "country|indicator=value", in document order. */
function marks(page: Page): Promise<string[]> {
  return page.$$eval('figure svg .mark', (ms) =>
    ms.map(
      (m) =>
        `${m.getAttribute('data-country')}|${m.getAttribute('data-indicator') ?? ''}=${m.getAttribute('data-value')}`,
    ),
  );
}

/** Countries of the marks, first appearance order. */
async function markCountries(page: Page): Promise<string[]> {
  const all = await page.$$eval('figure svg .mark', (ms) => ms.map((m) => m.getAttribute('data-country')));
  return [...new Set(all)].filter((c): c is string => c !== null);
}

const search = (page: Page) => new URL(page.url()).search;
const chartTitle = (page: Page) => page.locator('figure .chart-title').textContent();
const selectedTab = (page: Page) =>
  page.getByRole('tablist', { name: 'Chart type' }).getByRole('tab', { selected: true }).textContent();
const pickerButton = (page: Page, label: 'Countries' | 'Indicators') =>
  page.getByRole('button', { name: new RegExp(`^${label} \\(`) });

/** Names of the options ticked in a picker (opens and closes it). */
async function pickedOptions(page: Page, label: 'Countries' | 'Indicators'): Promise<string[]> {
  await pickerButton(page, label).click();
  const list = page.getByRole('listbox', { name: label });
  const names = await list
    .getByRole('option', { selected: true })
    .evaluateAll((os) => os.map((o) => o.childNodes[1]?.textContent ?? ''));
  await page.getByRole('button', { name: 'Done' }).click();
  return names;
}

describe('deep links', () => {
  it('open exactly the linked view, canonicalise case and EL/UK aliases, keep the countries’ order', async () => {
    const { page, errors } = await browser.open(
      '/?countries=dk,fr,EL,uk&indicators=internet,computer&chart=gap&profile=el',
    );
    await waitForChart(page);
    await expect
      .poll(() => search(page))
      .toBe('?countries=DK,FR,GR,GB&indicators=internet,computer&chart=gap&profile=GR');
    await expect(selectedTab(page)).resolves.toBe('Gap to EU average');
    // The title names the countries drawn: only France (issue 21); the link's order is in the notes.
    await expect(chartTitle(page)).resolves.toBe('Gap to the EU27 average in percentage points: France');
    // Greece's profile is open and Greece has no figure here: the chart says so at the top.
    await expect(page.locator('figure .chart-lead').textContent()).resolves.toBe(
      'No figure for Greece in this view.',
    );
    // Only France has 2007 figures among the four: the others are named under the chart, in link order.
    expect(await markCountries(page)).toEqual(['FR']);
    await expect(page.locator('figure .chart-note').first().textContent()).resolves.toBe(
      'No data: Denmark, Greece, United Kingdom.',
    );
    const indicators = await page.$$eval('figure svg .mark', (ms) => [
      ...new Set(ms.map((m) => m.getAttribute('data-indicator'))),
    ]);
    expect(indicators.sort()).toEqual(['computer', 'internet']);
    expect(await marks(page)).toContain('FR|computer=-4.6');
    await page
      .getByRole('region', { name: 'Greece profile' })
      .getByRole('heading', { name: 'Greece' })
      .waitFor();
    await expect(page.locator('.profile-select select').inputValue()).resolves.toBe('GR');
    await expect(pickerButton(page, 'Countries').textContent()).resolves.toBe('Countries (4 of 31)');
    expect(await pickedOptions(page, 'Countries')).toEqual(['Denmark', 'France', 'Greece', 'United Kingdom']);
    expect(await pickedOptions(page, 'Indicators')).toHaveLength(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('each user action adds a history entry; back and forward walk the chart and the pickers through them', async () => {
    const { page, errors } = await browser.open(
      '/?countries=FR,DE&indicators=computer&chart=bars&profile=FR',
    );
    await waitForChart(page);
    const start = '?countries=FR,DE&indicators=computer&chart=bars&profile=FR';
    expect(search(page)).toBe(start);

    // 1. Chart type → Table.
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => search(page)).toBe('?countries=FR,DE&indicators=computer&chart=table&profile=FR');
    await page.locator('figure table').waitFor();
    // 2. Countries picker: add Denmark.
    await pickerButton(page, 'Countries').click();
    await page
      .getByRole('listbox', { name: 'Countries' })
      .getByRole('option', { name: /^Denmark/ })
      .click();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect
      .poll(() => search(page))
      .toBe('?countries=FR,DE,DK&indicators=computer&chart=table&profile=FR');
    // 3. Profile → Germany.
    await page.locator('.profile-select select').selectOption('DE');
    await expect
      .poll(() => search(page))
      .toBe('?countries=FR,DE,DK&indicators=computer&chart=table&profile=DE');
    await page.getByRole('region', { name: 'Germany profile' }).waitFor();

    const rowNames = () => page.locator('figure table tbody th[scope="row"]').allTextContents();

    await page.goBack();
    await expect
      .poll(() => search(page))
      .toBe('?countries=FR,DE,DK&indicators=computer&chart=table&profile=FR');
    await page.getByRole('region', { name: 'France profile' }).waitFor();
    await expect(page.locator('.profile-select select').inputValue()).resolves.toBe('FR');
    expect(await rowNames()).toEqual(['EU27 average', 'France', 'Germany', 'Denmark']);

    await page.goBack();
    await expect.poll(() => search(page)).toBe('?countries=FR,DE&indicators=computer&chart=table&profile=FR');
    await expect.poll(rowNames).toEqual(['EU27 average', 'France', 'Germany']);
    await expect(pickerButton(page, 'Countries').textContent()).resolves.toBe('Countries (2 of 31)');
    expect(await pickedOptions(page, 'Countries')).toEqual(['France', 'Germany']);

    await page.goBack();
    await expect.poll(() => search(page)).toBe(start);
    await expect.poll(() => selectedTab(page)).toBe('Bars');
    await page.locator('figure svg .mark').first().waitFor();
    expect(await marks(page)).toEqual(['EU27|computer=87.4', 'FR|computer=82.8', 'DE|computer=98.8']);

    await page.goForward();
    await expect.poll(() => selectedTab(page)).toBe('Table');
    await expect.poll(rowNames).toEqual(['EU27 average', 'France', 'Germany']);
    await page.goForward();
    await expect.poll(rowNames).toEqual(['EU27 average', 'France', 'Germany', 'Denmark']);
    await expect(pickerButton(page, 'Countries').textContent()).resolves.toBe('Countries (3 of 31)');
    expect(search(page)).toBe('?countries=FR,DE,DK&indicators=computer&chart=table&profile=FR');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a garbage link opens the rest of the view and names every dropped value in a dismissible notice', async () => {
    const { page, errors } = await browser.open(
      '/?countries=FR,XX,<script>&chart=pie&foo=bar&indicators=computer,nope',
    );
    await waitForChart(page);
    const notice = page.getByRole('status').filter({ hasText: 'Part of the link could not be used.' });
    await notice.waitFor();
    const items = await notice.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(5);
    const text = items.join('\n');
    for (const named of ['XX', '<script>', '“pie”', '“foo”', 'nope']) expect(text).toContain(named);
    expect(items).toContain('Ignored unknown country code: XX');
    expect(items).toContain('Ignored unknown country code: <script>');
    expect(items).toContain('Ignored unknown parameter “foo”');
    expect(items.some((i) => i.startsWith('Ignored unknown indicator: nope'))).toBe(true);
    expect(items.some((i) => i.startsWith('Ignored chart “pie”'))).toBe(true);

    // The rest of the view: France, computer use, the default chart (All surveys).
    await expect.poll(() => search(page)).toBe('?countries=FR&indicators=computer&chart=surveys');
    // Every survey's computer-use figure for France (the French surveys of 2000–2001 since issue 28).
    expect(await marks(page)).toEqual([
      'EU27|computer=87.4',
      'FR|computer=82.8',
      'FR|ipsos_computer=85',
      'FR|ipsos2001_computer=86',
      'FR|tns2001_computer=86',
    ]);
    await expect(selectedTab(page)).resolves.toBe('All surveys');

    // Nothing from the URL became markup: every script is one of the app's own files, the build's one
    // inline script in <head> (allowed by its hash in the CSP) or the build's JSON (its file list and
    // the built-in data, not run).
    const scripts = await page.$$eval('script', (ss) =>
      ss.map((s) => {
        if (s.getAttribute('src')) return s.getAttribute('src') ?? '';
        if ((s.id === 'initial-data' || s.id === 'boot-files') && s.type === 'application/json')
          return 'data';
        return s.parentElement === document.head ? 'head' : 'inline';
      }),
    );
    expect(scripts.some((src) => src.startsWith('/assets/'))).toBe(true);
    expect(scripts.every((src) => src.startsWith('/assets/') || src === 'data' || src === 'head')).toBe(true);
    expect(scripts.filter((src) => src === 'head')).toHaveLength(1);
    expect(await page.locator('body script:not([type="application/json"])').count()).toBe(0);

    await notice.getByRole('button', { name: 'Dismiss notice' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await page.getByText('Part of the link could not be used.').count()).toBe(0);
    // Every survey's computer-use figure for France (the French surveys of 2000–2001 since issue 28).
    expect(await marks(page)).toEqual([
      'EU27|computer=87.4',
      'FR|computer=82.8',
      'FR|ipsos_computer=85',
      'FR|ipsos2001_computer=86',
      'FR|tns2001_computer=86',
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('sharing a view', () => {
  it('Copy link puts the canonical link on the clipboard; opening it shows the same view', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(browser.baseUrl).origin,
    });
    const { page, errors } = await browser.open(
      '/?countries=SE,FR,IT&indicators=epr,computer&chart=bars&profile=IT',
      { context },
    );
    await waitForChart(page);
    await page.getByRole('tab', { name: 'Gap to EU average' }).click();
    await expect
      .poll(() => search(page))
      .toBe('?countries=SE,FR,IT&indicators=epr,computer&chart=gap&profile=IT');
    await page.locator('figure svg[aria-label^="Diverging"] .mark').first().waitFor();
    const before = await marks(page);
    // SE has no 2007 computer or ePR figure: FR and IT are drawn (2 × 2), Sweden is named below.
    expect(before.length).toBe(4);
    const title = await chartTitle(page);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.locator('.export-status').filter({ hasText: 'Link copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toBe(
      `${browser.baseUrl.replace(/\/$/, '')}/?countries=SE,FR,IT&indicators=epr,computer&chart=gap&profile=IT`,
    );

    // The Share menu holds the same link, and an iframe snippet embedding that view.
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('textbox', { name: 'Link to this view' }).inputValue()).resolves.toBe(copied);
    const snippet = await page.getByRole('textbox', { name: 'Embed code (iframe)' }).inputValue();
    expect(snippet.match(/<iframe src="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&')).toBe(`${copied}&embed=1`);
    expect(snippet).toMatch(/title="epSOS Indicators: Gap to the EU27 average[^"]*"/);

    const second = await browser.open(copied, { context });
    await waitForChart(second.page);
    await second.page.locator('figure svg .mark').first().waitFor();
    expect(await marks(second.page)).toEqual(before);
    await expect(chartTitle(second.page)).resolves.toBe(title);
    await expect(selectedTab(second.page)).resolves.toBe('Gap to EU average');
    await second.page.getByRole('region', { name: 'Italy profile' }).waitFor();
    expect(errors).toEqual([]);
    expect(second.errors).toEqual([]);
    await context.close();
  });

  it('an embed link shows only the figure: title, legend, marks and source', async () => {
    const { page, errors } = await browser.open(
      '/?embed=1&countries=FR,DE,DK&indicators=computer,internet,epr&chart=bars',
    );
    await waitForChart(page);
    await expect
      .poll(() => search(page))
      .toBe('?countries=FR,DE,DK&indicators=computer,internet,epr&chart=bars&embed=1');
    await page.locator('main.embed figure svg .mark').first().waitFor();
    expect(await page.getByRole('button', { name: /^Countries/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Indicators/ }).count()).toBe(0);
    expect(await page.getByRole('tablist').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Download PNG' }).count()).toBe(0);
    // No app header: the page's one h1 is the chart's title (issue 29).
    expect(await page.locator('h1').evaluateAll((hs) => hs.map((h) => h.className))).toEqual(['chart-title']);
    expect(await page.locator('.profile-panel').count()).toBe(0);
    await expect(page.locator('figure .chart-title').textContent()).resolves.toMatch(
      /: France and Germany against the EU27 average$/,
    );
    const legend = await page.getByRole('list', { name: 'Legend' }).getByRole('listitem').allTextContents();
    expect(legend.length).toBeGreaterThanOrEqual(4);
    expect(legend.some((l) => /EU27/.test(l))).toBe(true);
    await expect(page.locator('figure .chart-source').textContent()).resolves.toMatch(/^Data: \S/);
    expect(await marks(page)).toContain('FR|computer=82.8');
    const link = page.getByRole('link', { name: 'Open in epSOS Indicators' });
    await expect(link.getAttribute('href')).resolves.toBe(
      '?countries=FR,DE,DK&indicators=computer,internet,epr&chart=bars',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
