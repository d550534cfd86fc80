import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, startBrowser, waitForChart } from './harness';
import { untilOwnDataStored } from './idb';

/** Issue 21: what a new analyst stumbled on (Copy link with own data, the profile's country, the
 * Ranking / Map indicator, Sources one click from a figure). */

const browser = startBrowser();

const OWN_CSV = `country,indicator,year,value,source,label
FR,gp_tablets,2020,41.5,"Tablet survey 2020",GP tablet use 2020
DE,gp_tablets,2020,38,"Tablet survey 2020",
`;

const search = (page: Page) => page.evaluate(() => window.location.search);

describe('Copy link with own indicators in the view', () => {
  it('copies the link with the rows in #data=, says so, and the link opens them in a fresh browser', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(browser.baseUrl).origin,
    });
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=computer&chart=bars', {
      context,
    });
    await waitForChart(page);
    await page.getByRole('button', { name: /^Add data/ }).click();
    const panel = page.getByRole('region', { name: 'Add your own data' });
    await panel.getByRole('textbox', { name: 'Or paste CSV text' }).fill(OWN_CSV);
    await panel.getByRole('button', { name: 'Load pasted text' }).click();
    await panel.locator('.import-report').filter({ hasText: 'loaded' }).waitFor();
    await untilOwnDataStored(page);
    await page.goto(`${browser.baseUrl}?countries=FR,DE&indicators=computer,my_gp_tablets&chart=bars`);
    await page.locator('figure svg .mark[data-indicator="my_gp_tablets"]').first().waitFor();
    await page.bringToFront();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const status = page.locator('.export-status').filter({ hasText: 'Link copied' });
    await status.waitFor();
    await expect(status.textContent()).resolves.toBe('Link copied with your data (2 figures)');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^http.*\?countries=FR,DE&indicators=computer,my_gp_tablets&chart=bars#data=[A-Za-z0-9_-]+$/,
    );
    await page.screenshot({ path: '/tmp/ux-links/copy-link-own-data.png' }).catch(() => undefined);
    expect(errors).toEqual([]);
    await context.close();

    const fresh = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const other = await fresh.newPage();
    await other.goto(copied);
    const mark = other.locator('figure svg .mark[data-country="FR"][data-indicator="my_gp_tablets"]');
    await mark.waitFor();
    await expect(mark.getAttribute('data-value')).resolves.toBe('41.5');
    // No "Ignored unknown indicator" notice: the indicator came with the link.
    await expect(other.getByText(/Ignored unknown indicator/).count()).resolves.toBe(0);
    await fresh.close();
  });
});

describe("the profile's country", () => {
  it("Denmark's profile charts Denmark against the EU average, with Danish figures, highlighted", async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE,IT&chart=gap&profile=DK');
    await waitForChart(page);
    // The default indicators have no Danish figure: the chart says so at the top.
    const lead = page.locator('figure .chart-lead');
    await expect(lead.textContent()).resolves.toBe('No figure for Denmark in this view.');
    const profile = page.getByRole('region', { name: 'Denmark profile' });
    await profile.getByRole('button', { name: 'Chart Denmark against the EU average' }).click();
    await expect.poll(() => page.locator('figure .chart-lead').count()).toBe(0);
    await page.locator('figure svg .mark[data-country="DK"]').first().waitFor();
    // The history entry is written after the frame that shows the change (src/state/useUrlSync.ts).
    await expect
      .poll(async () => {
        const url = new URLSearchParams(await search(page));
        return [url.get('chart'), url.get('countries'), url.get('profile')];
      })
      .toEqual(['gap', 'FR,DE,IT,DK', 'DK']);
    // Every indicator drawn has a Danish gap (a figure and the survey's own average), outlined.
    const dk = page.locator('figure svg .mark[data-country="DK"]');
    const values = await dk.evaluateAll((ms) => ms.map((m) => m.getAttribute('data-value')));
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v !== '' && v !== null)).toBe(true);
    await expect(
      page
        .locator('figure svg .mark[data-highlight="true"]')
        .evaluateAll((ms) => [...new Set(ms.map((m) => m.getAttribute('data-country')))]),
    ).resolves.toEqual(['DK']);
    const label = page.locator('figure svg text[data-highlight="true"]');
    await expect(label.textContent()).resolves.toBe('Denmark');
    await expect(label.evaluate((t) => getComputedStyle(t).fontWeight)).resolves.toBe('700');
    await expect(page.locator('figure .chart-note').allTextContents()).resolves.not.toContainEqual(
      expect.stringContaining('Denmark'),
    );
    await page.screenshot({ path: '/tmp/ux-links/profile-denmark-gap.png' }).catch(() => undefined);
    expect(await axeViolations(page)).toEqual([]);
    // The highlight follows into the other kinds: bars, ranking, map, table.
    await page.getByRole('tab', { name: 'Bars' }).click();
    await page.locator('figure svg .mark[data-country="DK"][data-highlight="true"]').first().waitFor();
    await page.getByRole('tab', { name: 'Ranking' }).click();
    await page.locator('figure svg .mark[data-country="DK"][data-highlight="true"]').waitFor();
    await page.getByRole('tab', { name: 'Map' }).click();
    await page.locator('figure svg g[data-highlight="true"]').waitFor();
    await page.screenshot({ path: '/tmp/ux-links/profile-denmark-map.png' }).catch(() => undefined);
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page.locator('figure tr[data-highlight="true"] th').textContent()).resolves.toBe('Denmark');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('Ranking and Map: which indicator', () => {
  it('a control picks the ranked indicator, kept in the URL; the map follows; a bad rank= is named', async () => {
    const { page, errors } = await browser.open(
      '/?countries=FR,DE&indicators=computer,internet&chart=ranking',
    );
    await waitForChart(page);
    const choice = page.getByRole('combobox', { name: 'Indicator ranked' });
    await expect(choice.inputValue()).resolves.toBe('computer');
    await expect(page.locator('figure .chart-title').textContent()).resolves.toMatch(/^Computer use/);
    await choice.selectOption('internet');
    await expect.poll(() => page.locator('figure .chart-title').textContent()).toMatch(/^Internet access/);
    await expect
      .poll(() => search(page))
      .toBe('?countries=FR,DE&indicators=computer,internet&chart=ranking&rank=internet');
    await expect(
      page.locator('figure svg .mark[data-indicator="internet"]').count(),
    ).resolves.toBeGreaterThan(0);
    await expect(page.locator('figure svg .mark[data-indicator="computer"]').count()).resolves.toBe(0);
    await page.screenshot({ path: '/tmp/ux-links/ranking-choice.png' }).catch(() => undefined);
    await page.getByRole('tab', { name: 'Map' }).click();
    const mapped = page.getByRole('combobox', { name: 'Indicator mapped' });
    await expect(mapped.inputValue()).resolves.toBe('internet');
    await expect
      .poll(() => page.locator('figure .chart-title').textContent())
      .toBe('Internet access across Europe');
    // Back: the history entry before the choice ranks the first indicator again.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.locator('figure .chart-title').textContent()).toMatch(/^Computer use/);
    expect(errors).toEqual([]);
    await page.context().close();

    const bad = await browser.open('/?countries=FR&indicators=computer,internet&chart=ranking&rank=epr');
    await waitForChart(bad.page);
    await bad.page.getByText('Ignored rank “epr”: not one of the selected indicators').waitFor();
    await expect(search(bad.page)).resolves.toBe('?countries=FR&indicators=computer,internet&chart=ranking');
    await bad.page.context().close();
  });
});

describe('Sources one click from a figure', () => {
  it('a profile card opens Sources at its figure, marked and focused; Escape returns to the card', async () => {
    const { page, errors } = await browser.open(
      '/?countries=FR,DE&indicators=computer&chart=bars&profile=FR',
    );
    await waitForChart(page);
    const profile = page.getByRole('region', { name: 'France profile' });
    const card = profile.locator('.figure-card[data-indicator="computer"]');
    const button = card.getByRole('button', { name: /^Sources of 82\.8 %, empirica 2007/ });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Sources and methods' });
    await dialog.waitFor();
    const focused = dialog.locator('[data-figure="FR|computer|2007"].sources-focus');
    await expect(focused.count()).resolves.toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-figure')))
      .toBe('FR|computer|2007');
    await expect(focused.first().textContent()).resolves.toContain('France 2007');
    await expect(focused.first().isVisible()).resolves.toBe(true);
    // The citation names the figure and its wave.
    await expect(dialog.locator('.sources-citation').textContent()).resolves.toMatch(
      /^Computer use: France, 2007\. Data: Benchmarking ICT use among General Practitioners in Europe[^.]* \(2007\)\./,
    );
    await page.screenshot({ path: '/tmp/ux-links/card-sources.png' }).catch(() => undefined);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(/^Sources of 82\.8 %/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the Sources dialog says "undated" for a publication without a year', async () => {
    const { page } = await browser.open('/?countries=GB&indicators=cmwf_emr&chart=bars&time=2012');
    await waitForChart(page);
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sources and methods' });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).not.toContain('(null)');
    expect(text).toMatch(/Tech Advisor, [^()]+\(undated\)/);
    await page.context().close();
  });
});
