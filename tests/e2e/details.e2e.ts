import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';

/** The smaller detours of issue 25.6, each in the browser. */
const browser = startBrowser();

const OWN_CSV = `country,indicator,year,value,source,label
FR,gp_tablets,2020,41.5,"Tablet survey 2020",GP tablet use 2020
`;

describe('details (issue 25.6)', () => {
  it('"Back to the dashboard" on a brief returns to the view the reader came from', async () => {
    const from = '?countries=FR,DE,DK&indicators=computer,internet&chart=gap&profile=FR';
    const { page, errors } = await browser.open(`/${from}`);
    await waitForChart(page);
    await page.getByRole('link', { name: 'Country brief' }).click();
    await page.getByRole('heading', { name: 'At a glance' }).waitFor();
    expect(new URL(page.url()).search).toBe('?brief=FR');
    const back = page.getByRole('link', { name: /Back to the dashboard/ });
    await expect(back.getAttribute('href')).resolves.toBe(from);
    await back.click();
    await waitForChart(page);
    expect(new URL(page.url()).search).toBe(from);
    await expect(page.getByRole('tab', { name: /Gap/, selected: true }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('"Link copied" is cleared when the view changes', async () => {
    const { page } = await browser.open('/');
    await waitForChart(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const status = page.locator('.export-status');
    await page.getByRole('button', { name: 'Copy link' }).click();
    // Said once the clipboard code (a chunk of its own) has copied it.
    await status.filter({ hasText: 'Link copied' }).waitFor();
    await expect(status.textContent()).resolves.toBe('Link copied');
    await page.getByRole('tab', { name: 'Bars' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('chart')).toBe('bars');
    await expect.poll(() => status.textContent()).toBe('');
    await page.context().close();
  });

  it('the toolbar keeps its one row at 1400 px when "Add data (1)" appears', async () => {
    const { page } = await browser.open('/', { width: 1400, height: 900 });
    await waitForChart(page);
    const toolbar = page.locator('.toolbar');
    // Measured once the whole toolbar is there (its export buttons may come after the chart).
    await page.getByRole('button', { name: 'Share' }).waitFor();
    const before = (await toolbar.boundingBox())?.height;
    await page.getByRole('button', { name: /^Add data/ }).click();
    const panel = page.getByRole('region', { name: 'Add your own data' });
    await panel.getByRole('textbox', { name: 'Or paste CSV text' }).fill(OWN_CSV);
    await panel.getByRole('button', { name: 'Load pasted text' }).click();
    await panel.locator('.import-report').filter({ hasText: 'loaded' }).waitFor();
    const button = page.getByRole('button', { name: /^Add data/ });
    await expect.poll(() => button.textContent()).toBe('Add data (1)');
    await button.click();
    await panel.waitFor({ state: 'detached' });
    expect((await toolbar.boundingBox())?.height).toBe(before);
    // One row: every control of the toolbar starts on the same line.
    const tops = await page.$$eval(
      '.toolbar > *:not(.export-toolbar), .export-toolbar > *:not(.export-status)',
      (els) => els.map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size).toBe(1);
    await page.context().close();
  });

  it('the greyed Survey year says why, visibly', async () => {
    const { page } = await browser.open('/');
    await waitForChart(page);
    const select = page.getByRole('combobox', { name: 'Survey year' });
    await expect(select.isDisabled()).resolves.toBe(true);
    const hint = page.locator(`[id="${await select.getAttribute('aria-describedby')}"]`);
    await expect(hint.textContent()).resolves.toMatch(/^All surveys shows every wave/);
    await expect(hint.isVisible()).resolves.toBe(true);
    const box = await hint.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    await page.context().close();
  });

  it("a table's title counts the rows it shows", async () => {
    const { page } = await browser.open(
      '/?countries=FR,DE,DK,SE,ES,IT,AT&indicators=computer,internet,epr&chart=table',
    );
    await waitForChart(page);
    const rows = await page.locator('.data-table tbody tr:not(.reference-row)').count();
    const title = (await page.locator('.chart-title').textContent()) ?? '';
    expect(rows).toBe(7);
    expect(title).toMatch(/: 7 countries \(\d with a figure\)/);
    await page.context().close();
  });

  it('Copy → Sources copies the sources and the citation; the Sources dialog has its own button', async () => {
    const { page } = await browser.open('/?countries=FR,DE&indicators=computer&chart=bars');
    await waitForChart(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy sources' }).click();
    // Said once the sources code (a chunk of its own) has copied them.
    await page.locator('.export-status').filter({ hasText: 'Sources and citation copied' }).waitFor();
    await expect(page.locator('.export-status').textContent()).resolves.toBe('Sources and citation copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Data: empirica GP survey for the European Commission \(2007/);
    expect(copied).toMatch(/How to cite: .*epSOS Indicators/);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByRole('dialog', { name: 'Sources and methods' }).waitFor();
    await page.context().close();
  });
});
