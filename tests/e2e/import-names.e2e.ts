import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';

/** Add data takes what analysts have: countries by name, and a file of `country,value` only. */

const browser = startBrowser();

const search = (page: Page) => new URL(page.url()).search;
const panel = (page: Page) => page.getByRole('region', { name: 'Add your own data' });
const report = (page: Page) => panel(page).locator('.import-report');

async function paste(page: Page, text: string) {
  await page.getByRole('button', { name: /^Add data/ }).click();
  await panel(page).waitFor();
  await panel(page).getByRole('textbox', { name: 'Or paste CSV text' }).fill(text);
  await panel(page).getByRole('button', { name: 'Load pasted text' }).click();
}

const markTitle = (page: Page, country: string, indicator: string) =>
  page
    .locator(`figure svg .mark[data-country="${country}"][data-indicator="${indicator}"] title`)
    .textContent();

describe('Add data: countries by name, and a file without indicator or year', () => {
  it('reads English and own names whatever their accents, and says which rows were read by name', async () => {
    const { page, errors } = await browser.open('/?countries=FR&indicators=computer&chart=bars');
    await waitForChart(page);
    await paste(
      page,
      [
        'country,indicator,year,value',
        'Sverige,my_portal,2021,61',
        'ESPANA,my_portal,2021,52',
        'Czechia,my_portal,2021,40',
        'great britain,my_portal,2021,45',
        'FR,my_portal,2021,50',
        'Narnia,my_portal,2021,10',
      ].join('\n'),
    );
    await report(page).filter({ hasText: 'loaded' }).waitFor();
    await expect(report(page).locator('p').first().textContent()).resolves.toBe(
      'pasted text: loaded 5 figures; 1 row rejected.',
    );
    await expect(report(page).locator('.import-by-name').textContent()).resolves.toBe(
      '4 rows read by country name: Sverige as SE (line 2); ESPANA as ES (line 3); Czechia as CZ (line 4); great britain as GB (line 5).',
    );
    await expect(
      report(page).getByRole('table', { name: 'Rejected rows' }).locator('td').nth(1).textContent(),
    ).resolves.toBe('unknown country "Narnia" (neither a code nor a name the dashboard knows)');
    // The import joins the view when its merge is drawn ("Added …"), the link a frame later.
    await panel(page).locator('.import-shown').filter({ hasText: 'Added' }).waitFor();
    await expect.poll(() => search(page)).toMatch(/countries=FR,SE,ES,CZ,GB&indicators=computer,my_portal/);
    await expect(markTitle(page, 'SE', 'my_portal')).resolves.toMatch(
      /^Sweden — \u2068my portal\u2069: 61 % \(2021\)/,
    );
    await expect(markTitle(page, 'CZ', 'my_portal')).resolves.toMatch(/: 40 % \(2021\)/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a file of country and value asks once for the label and the year, then loads every row', async () => {
    const { page, errors } = await browser.open('/?countries=FR&indicators=computer&chart=bars');
    await waitForChart(page);
    await paste(page, ['country;value', 'Deutschland;41,5', 'France;38'].join('\n'));
    const form = panel(page).getByRole('form', { name: /has no indicator or year column/ });
    await form.waitFor();
    // Nothing loaded yet, nothing refused.
    await expect(panel(page).locator('.import-report').count()).resolves.toBe(0);
    await form
      .getByRole('textbox', { name: 'What the figures measure (indicator label)' })
      .fill('Video consultations');
    const year = form.getByRole('textbox', { name: 'Year of the figures' });
    await year.fill('24');
    await form.getByRole('button', { name: 'Load with these' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toBe(
      'The year is a four-digit year from 1990 to 2100.',
    );
    await year.fill('2024');
    await year.press('Enter');
    await report(page).filter({ hasText: 'loaded' }).waitFor();
    expect(await form.count()).toBe(0);
    await expect(report(page).locator('p').first().textContent()).resolves.toBe(
      'pasted text: loaded 2 figures.',
    );
    await expect(report(page).locator('.import-by-name').textContent()).resolves.toBe(
      '2 rows read by country name: Deutschland as DE (line 2); France as FR (line 3).',
    );
    await panel(page).locator('.import-shown').filter({ hasText: 'Added' }).waitFor();
    await expect
      .poll(() => search(page))
      .toBe('?countries=FR,DE&indicators=computer,my_video_consultations&chart=bars');
    await expect(markTitle(page, 'DE', 'my_video_consultations')).resolves.toMatch(
      /^Germany — \u2068Video consultations\u2069: 41\.5 % \(2024\)/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
