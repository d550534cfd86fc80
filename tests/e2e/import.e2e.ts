import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';

const browser = startBrowser();

const SAMPLE = fileURLToPath(new URL('../../public/samples/my-indicators.csv', import.meta.url));
const SAMPLE_LABEL = 'GP computer use 2002 (Harris poll)';

const search = (page: Page) => new URL(page.url()).search;
const addDataButton = (page: Page) => page.getByRole('button', { name: /^Add data/ });
const panel = (page: Page) => page.getByRole('region', { name: 'Add your own data' });
const report = (page: Page) => panel(page).locator('.import-report');

async function openAddData(page: Page) {
  if (!(await panel(page).isVisible())) await addDataButton(page).click();
  await panel(page).waitFor();
}

async function paste(page: Page, text: string) {
  await openAddData(page);
  await panel(page).getByRole('textbox', { name: 'Or paste CSV text' }).fill(text);
  await panel(page).getByRole('button', { name: 'Load pasted text' }).click();
}

/**
 * The Indicators picker's option for an imported indicator, which the import selected on its own:
 * checks it is ticked and returns its visible text (the picker is closed again).
 */
async function pickedIndicator(page: Page, label: string): Promise<string> {
  await page.getByRole('button', { name: /^Indicators \(/ }).click();
  const option = page
    .getByRole('listbox', { name: 'Indicators' })
    .getByRole('option')
    .filter({ hasText: label });
  await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
  const text = (await option.textContent()) ?? '';
  await page.getByRole('button', { name: 'Done' }).click();
  return text;
}

function markValue(page: Page, country: string, indicator: string) {
  return page
    .locator(`figure svg .mark[data-country="${country}"][data-indicator="${indicator}"]`)
    .getAttribute('data-value');
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

describe('adding your own data', () => {
  it('the sample file loads, charts and exports with its source, survives a reload, and Remove takes it away', async () => {
    const { page, errors } = await browser.open(
      '/?countries=GR,PT,FI&indicators=computer&chart=bars&profile=GR',
    );
    await waitForChart(page);
    await openAddData(page);
    await panel(page).locator('input[type="file"]').setInputFiles(SAMPLE);
    await report(page).filter({ hasText: 'loaded' }).waitFor();
    await expect(report(page).textContent()).resolves.toBe(
      'my-indicators.csv: loaded 3 figures.Read as UTF-8.',
    );
    await expect(
      panel(page).getByRole('list', { name: 'Your imported files' }).textContent(),
    ).resolves.toMatch(/my-indicators\.csv: 3 figures, GP computer use 2002 \(Harris poll\)/);
    await expect(addDataButton(page).textContent()).resolves.toBe('Add data (1)');
    // Drawn at once: the import joined the view (its countries are selected already).
    await expect(panel(page).locator('.import-shown p').textContent()).resolves.toBe(
      `Added 1 indicator to the view: ${SAMPLE_LABEL}.`,
    );
    await expect
      .poll(() => search(page))
      .toBe('?countries=GR,PT,FI&indicators=computer,my_computer_2002&chart=bars&profile=GR');
    await page.locator('figure svg .mark[data-indicator="my_computer_2002"]').first().waitFor();

    const optionText = await pickedIndicator(page, SAMPLE_LABEL);
    expect(optionText).toContain('your data');
    // Own data counts in the coverage: Greece and Portugal have a figure, Finland only "no data".
    expect(optionText).toMatch(/ · 2 of 3$/);
    await expect(markValue(page, 'GR', 'my_computer_2002')).resolves.toBe('52');
    await expect(markValue(page, 'PT', 'my_computer_2002')).resolves.toBe('37');
    // Finland has no value in either indicator: named under the chart rather than drawn as hatching.
    await expect(page.locator('figure .chart-note').first().textContent()).resolves.toBe('No data: Finland.');
    await expect(
      page
        .locator('figure svg .mark[data-country="GR"][data-indicator="my_computer_2002"] title')
        .textContent(),
    ).resolves.toMatch(/^Greece — \u2068GP computer use 2002 \(Harris poll\)\u2069: 52 % \(2002\)/);
    await expect(page.getByRole('list', { name: 'Legend' }).textContent()).resolves.toContain(SAMPLE_LABEL);
    await expect(page.locator('figure .chart-source').textContent()).resolves.toContain('Harris');

    await page.getByRole('tab', { name: 'Table' }).click();
    const cells = (country: string) =>
      page
        .locator(`figure table td[data-country="${country}"][data-indicator="my_computer_2002"]`)
        .allTextContents();
    await page.locator('figure table td[data-indicator="my_computer_2002"]').first().waitFor();
    expect((await cells('GR'))[0]).toBe('52');
    expect((await cells('PT'))[0]).toBe('37');
    expect((await cells('FI'))[0]).toBe('no data');

    // Exports carry the imported figures and their source.
    const png = await download(page, 'Download PNG');
    expect(png.name).toBe('epsos-indicators_table_GR-PT-FI.png');
    expect(PNG.sync.read(readFileSync(png.path)).width).toBeGreaterThanOrEqual(1200);
    const csv = await download(page, 'Download CSV');
    expect(csv.name).toBe('epsos-indicators_table_GR-PT-FI.csv');
    const rows = csvParse(readFileSync(csv.path, 'utf8')).filter((r) => r.indicator === 'my_computer_2002');
    // Your file has no EU27 row, so your indicator has no average: no EU27 row for it, and no gap.
    expect(rows.map((r) => [r.country, r.value_percent, r.year, r.note])).toEqual([
      ['GR', '52', '2002', ''],
      ['PT', '37', '2002', ''],
      ['FI', '', '2002', 'reported only as 95 % or more'],
    ]);
    for (const r of rows) {
      expect(r.reference_average).toBe('none published');
      if (r.value_percent === '') continue;
      expect(r.indicator_label).toBe(SAMPLE_LABEL);
      expect(r.source).toMatch(/^Your data, Harris Interactive poll of GPs in the EU15, 2002/);
    }

    // Kept in IndexedDB: a reload shows it again.
    const link = page.url();
    await page.reload();
    await page.locator('figure table td[data-indicator="my_computer_2002"]').first().waitFor();
    expect((await cells('GR'))[0]).toBe('52');
    expect(search(page)).toBe(
      '?countries=GR,PT,FI&indicators=computer,my_computer_2002&chart=table&profile=GR',
    );

    // Remove: the data goes, and the view on screen drops it at once, without blaming the link.
    await openAddData(page);
    await panel(page).getByRole('button', { name: 'Remove my-indicators.csv' }).click();
    // Gone once the removal is written and the merge without it drawn.
    await page
      .locator('figure table td[data-indicator="my_computer_2002"]')
      .first()
      .waitFor({ state: 'detached' });
    await expect(addDataButton(page).textContent()).resolves.toBe('Add data');
    await expect
      .poll(() => search(page))
      .toBe('?countries=GR,PT,FI&indicators=computer&chart=table&profile=GR');
    const notice = page.getByRole('status').filter({ hasText: 'Part of the link could not be used.' });
    expect(await notice.count()).toBe(0);
    // Opening the saved link again (a reload of it) names the missing indicator too.
    await page.goto(link);
    await waitForChart(page);
    await expect(notice.textContent()).resolves.toContain('Ignored unknown indicator: my_computer_2002');
    await expect
      .poll(() => search(page))
      .toBe('?countries=GR,PT,FI&indicators=computer&chart=table&profile=GR');
    expect(await page.locator('figure table td[data-indicator="my_computer_2002"]').count()).toBe(0);
    await page.reload();
    await waitForChart(page);
    await expect(addDataButton(page).textContent()).resolves.toBe('Add data');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an import is drawn at once, with its countries, in one history entry; Undo takes it out of the view, the data stays', async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=computer&chart=bars');
    await waitForChart(page);
    await paste(
      page,
      [
        'country,indicator,year,value,label',
        'FR,my_gp_portal,2021,61,GP portal use',
        'SK,my_gp_portal,2021,34,GP portal use',
        'EU27,my_gp_portal,2021,50,GP portal use',
        'SI,my_gp_portal,2021,,GP portal use',
      ].join('\n'),
    );
    const shown = panel(page).locator('.import-shown');
    // Slovakia joins (a figure, not selected); not the EU27 average, not Slovenia (no value).
    await expect(shown.locator('p').textContent()).resolves.toBe(
      'Added 1 indicator and 1 country to the view: GP portal use; Slovakia.',
    );
    const mark = page.locator('figure svg .mark[data-country="SK"][data-indicator="my_gp_portal"] title');
    await expect(mark.textContent()).resolves.toMatch(/^Slovakia — \u2068GP portal use\u2069: 34 % \(2021\)/);
    expect(await page.getByRole('listbox').count()).toBe(0);
    const imported = '?countries=FR,DE,SK&indicators=computer,my_gp_portal&chart=bars';
    await expect.poll(() => search(page)).toBe(imported);
    // One history entry: Back is the view before the import.
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?countries=FR,DE&indicators=computer&chart=bars');
    await page.goForward();
    await expect.poll(() => search(page)).toBe(imported);
    await mark.waitFor({ state: 'attached' });

    await openAddData(page);
    await shown.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => search(page)).toBe('?countries=FR,DE&indicators=computer&chart=bars');
    await expect.poll(() => page.locator('figure svg .mark[data-indicator="my_gp_portal"]').count()).toBe(0);
    await expect(shown.locator('p').textContent()).resolves.toMatch(/^Taken out of the view again/);
    // The import stays: listed, and in the picker, unticked.
    await expect(addDataButton(page).textContent()).resolves.toBe('Add data (1)');
    await page.getByRole('button', { name: /^Indicators \(/ }).click();
    const option = page
      .getByRole('listbox', { name: 'Indicators' })
      .getByRole('option', { name: /^GP portal use/ });
    await expect(option.getAttribute('aria-selected')).resolves.toBe('false');
    await page.getByRole('button', { name: 'Done' }).click();
    // Show again puts it back.
    await openAddData(page);
    await shown.getByRole('button', { name: 'Show again' }).click();
    await expect.poll(() => search(page)).toBe(imported);
    await mark.waitFor({ state: 'attached' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an import is drawn once, when its merge lands: never its new countries without its figures', async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=computer&chart=bars');
    await waitForChart(page);
    await openAddData(page);
    // Every state of the chart's marks the page shows, as "countries/indicators" of its marks.
    await page.evaluate(() => {
      const states: string[] = [];
      (window as unknown as { __states: string[] }).__states = states;
      const state = () => {
        const marks = [...document.querySelectorAll('figure svg .mark')];
        const countries = new Set(marks.map((m) => m.getAttribute('data-country')));
        const indicators = new Set(marks.map((m) => m.getAttribute('data-indicator')));
        return `${[...countries].sort().join(',')}/${[...indicators].sort().join(',')}`;
      };
      states.push(state());
      new MutationObserver(() => {
        const now = state();
        if (now !== states.at(-1)) states.push(now);
      }).observe(document.querySelector('figure') ?? document, { subtree: true, childList: true });
    });
    await panel(page)
      .getByRole('textbox', { name: 'Or paste CSV text' })
      .fill(
        [
          'country,indicator,year,value,label',
          'FR,my_gp_portal,2021,61,GP portal use',
          'IT,my_gp_portal,2021,34,GP portal use',
        ].join('\n'),
      );
    await panel(page).getByRole('button', { name: 'Load pasted text' }).click();
    await page.locator('figure svg .mark[data-country="IT"][data-indicator="my_gp_portal"]').waitFor();
    await expect(panel(page).locator('.import-shown p').textContent()).resolves.toBe(
      'Added 1 indicator and 1 country to the view: GP portal use; Italy.',
    );
    // Straight from the view before to the view with the import: no state with Italy drawn (its
    // computer use) and the file's indicator not (its figures not merged yet), and no second redraw.
    await expect(
      page.evaluate(() => (window as unknown as { __states: string[] }).__states),
    ).resolves.toEqual(['DE,EU27,FR/computer', 'DE,EU27,FR,IT/computer,my_gp_portal']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a file with bad rows: a table of rejected lines with reasons, and the good row still loads', async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=computer&chart=bars');
    await waitForChart(page);
    await paste(
      page,
      [
        'country,indicator,year,value',
        'XX,my_test,2020,50',
        'FR,my_test,2020,abc',
        'DE,my_test,2020,120',
        'FR,my_test,2020,55.5',
        'FR,my_test,2020,55.5',
      ].join('\n'),
    );
    const table = report(page).getByRole('table', { name: 'Rejected rows' });
    await table.waitFor();
    await expect(report(page).locator('p').first().textContent()).resolves.toBe(
      'pasted text: loaded 1 figure; 4 rows rejected.',
    );
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['2', 'unknown country "XX" (neither a code nor a name the dashboard knows)'],
      ['3', 'value is not a number: "abc"'],
      ['4', 'value 120 is outside 0–100 (percent)'],
      ['6', 'duplicate of line 5: FR, my_test, 2020'],
    ]);
    expect(await pickedIndicator(page, 'my test')).toContain('your data');
    await expect.poll(() => search(page)).toBe('?countries=FR,DE&indicators=computer,my_test&chart=bars');
    await page.locator('figure svg .mark[data-indicator="my_test"]').first().waitFor();
    await expect(markValue(page, 'FR', 'my_test')).resolves.toBe('55.5');
    await expect(markValue(page, 'DE', 'my_test')).resolves.toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('semicolons and a decimal comma load as 82.8; an empty paste or an empty file is refused with a reason', async () => {
    const { page, errors } = await browser.open('/?countries=FR&indicators=computer&chart=bars');
    await waitForChart(page);
    await openAddData(page);
    const load = panel(page).getByRole('button', { name: 'Load pasted text' });
    const textbox = panel(page).getByRole('textbox', { name: 'Or paste CSV text' });
    // Nothing pasted (or only blanks): nothing to load.
    await textbox.fill('   \n  ');
    await expect(load.isDisabled()).resolves.toBe(true);
    // An empty file is refused, with the reason.
    await panel(page)
      .locator('input[type="file"]')
      .setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
    await report(page).filter({ hasText: 'empty.csv' }).waitFor();
    await expect(report(page).textContent()).resolves.toBe('empty.csv: The file is empty.Read as UTF-8.');
    // A header alone loads nothing and says so.
    await paste(page, 'country,indicator,year,value\n');
    await report(page).filter({ hasText: 'pasted text' }).waitFor();
    await expect(report(page).textContent()).resolves.toBe(
      'pasted text: No row of the file could be loaded.',
    );
    await expect(addDataButton(page).textContent()).resolves.toBe('Add data');

    await paste(page, 'country;indicator;year;value\nFR;mine;2020;82,8\n');
    await report(page).filter({ hasText: 'loaded 1 figure' }).waitFor();
    await pickedIndicator(page, 'mine');
    await expect.poll(() => search(page)).toBe('?countries=FR&indicators=computer,my_mine&chart=bars');
    await page.locator('figure svg .mark[data-indicator="my_mine"]').first().waitFor();
    await expect(markValue(page, 'FR', 'my_mine')).resolves.toBe('82.8');
    await expect(
      page.locator('figure svg .mark[data-country="FR"][data-indicator="my_mine"] title').textContent(),
    ).resolves.toMatch(/: 82\.8 % \(2020\)/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('markup in a label is shown as text: no <img> is created and nothing runs', async () => {
    const { page, errors } = await browser.open('/?countries=FR&indicators=computer&chart=bars');
    await waitForChart(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const label = '<img src=x onerror=alert(1)>';
    await paste(page, `country,indicator,year,value,label\nFR,my_xss,2020,40,${label}\n`);
    await report(page).filter({ hasText: 'loaded 1 figure' }).waitFor();
    await expect(
      panel(page).getByRole('list', { name: 'Your imported files' }).textContent(),
    ).resolves.toContain(label);
    await pickedIndicator(page, label);
    await page.locator('figure svg .mark[data-indicator="my_xss"]').first().waitFor();
    await expect(page.getByRole('list', { name: 'Legend' }).textContent()).resolves.toContain(label);
    await expect(page.locator('figure .chart-title').textContent()).resolves.toContain(label);
    await expect(
      page.locator('figure svg .mark[data-country="FR"][data-indicator="my_xss"] title').textContent(),
    ).resolves.toContain(label);
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.locator('figure table td[data-indicator="my_xss"]').first().waitFor();
    await expect(page.locator('figure table thead').textContent()).resolves.toContain(label);
    expect(await page.locator('img').count()).toBe(0);
    expect(requests.filter((u) => /\/x$/.test(u))).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
