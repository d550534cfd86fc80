import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';

const browser = startBrowser();

const VIEW = '/?countries=FR,DE,DK&indicators=computer,internet,epr&chart=bars&profile=FR';

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

interface Focused {
  tag: string;
  role: string | null;
  name: string;
  mark: string | null;
  type: string | null;
}

/** What has keyboard focus, described the way a screen reader user would know it. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return {
      tag: e?.tagName.toLowerCase() ?? '',
      role: e?.getAttribute('role') ?? null,
      name: (e?.getAttribute('aria-label') ?? e?.textContent ?? '').trim(),
      mark: e?.getAttribute('data-mark') ?? null,
      type: e?.getAttribute('type') ?? null,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, match: (f: Focused) => boolean, { max = 25, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`focus never reached the wanted element in ${max} presses`);
}

/** Opens the view and waits until the lazily loaded toolbar (export buttons) is there. */
async function openView(path = VIEW) {
  const opened = await browser.open(path);
  await waitForChart(opened.page);
  await opened.page.getByRole('button', { name: 'Download CSV' }).waitFor();
  return opened;
}

const tooltipLines = (page: Page) => page.locator('[role="tooltip"] > div').allTextContents();

describe('keyboard only', () => {
  it('pickers: Tab to the button, Enter, filter, arrows, Space toggles, Escape closes back to the button', async () => {
    const { page, errors } = await openView();
    const countries = page.getByRole('button', { name: /^Countries \(/ });
    expect(await tabTo(page, (f) => f.name.startsWith('Countries ('), { max: 3 })).toMatchObject({
      tag: 'button',
      name: 'Countries (3 of 31)',
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => countries.getAttribute('aria-expanded')).toBe('true');
    const listbox = page.getByRole('listbox', { name: 'Countries' });
    await listbox.waitFor();

    // The focus is in the filter as the picker opens.
    expect(await focused(page)).toMatchObject({ tag: 'input', type: 'search' });
    await page.keyboard.type('sl');
    await expect
      .poll(() => listbox.getByRole('option').allTextContents())
      .toEqual(['Slovakia SK · epSOS · 0 of 3', 'Slovenia SI · 1 of 3']);
    await tabTo(page, (f) => f.role === 'listbox', { max: 4 });

    const activeOption = () =>
      page.evaluate(() => {
        const list = document.activeElement;
        const id = list?.getAttribute('aria-activedescendant');
        return id ? (document.getElementById(id)?.textContent ?? null) : null;
      });
    expect(await activeOption()).toBe('Slovakia SK · epSOS · 0 of 3');
    await page.keyboard.press('ArrowDown');
    expect(await activeOption()).toBe('Slovenia SI · 1 of 3');
    await page.keyboard.press('Space');
    await expect.poll(() => param(page, 'countries')).toBe('FR,DE,DK,SI');
    await expect(
      listbox.getByRole('option', { name: /Slovenia/ }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await activeOption()).toBe('Slovakia SK · epSOS · 0 of 3');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'countries')).toBe('FR,DE,DK,SI,SK');
    await page.keyboard.press('Space');
    await expect.poll(() => param(page, 'countries')).toBe('FR,DE,DK,SI');
    await page.waitForSelector('figure svg .mark[data-country="SI"]');

    await page.keyboard.press('Escape');
    await listbox.waitFor({ state: 'detached' });
    expect(await countries.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Countries (4 of 31)' });

    // The indicator picker works the same way.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Indicators (3 of 92)' });
    await page.keyboard.press('Enter');
    await page.getByRole('listbox', { name: 'Indicators' }).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'input', type: 'search' });
    await page.keyboard.type('broadband');
    await tabTo(page, (f) => f.role === 'listbox' && f.name === 'Indicators', { max: 3 });
    await page.keyboard.press('Space');
    await expect.poll(() => param(page, 'indicators')).toBe('computer,internet,epr,broadband');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Indicators (4 of 92)' });
    await page.waitForSelector('figure svg .mark[data-indicator="broadband"]');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a picker opened by Enter or a click takes text typed at once in its filter, space included (issue 21)', async () => {
    const { page, errors } = await openView();
    const indicators = page.getByRole('button', { name: /^Indicators \(/ });
    await indicators.focus();
    // Enter, then typing straight away: the space must not press the button and close the picker.
    await page.keyboard.press('Enter');
    await page.keyboard.type('electronic record');
    const filter = page.getByLabel('Filter indicators');
    // The panel comes when its code is here (on a loaded machine, maybe after the keys), with them.
    await filter.waitFor();
    await expect.poll(() => filter.inputValue()).toBe('electronic record');
    expect(await indicators.getAttribute('aria-expanded')).toBe('true');
    expect(await focused(page)).toMatchObject({ tag: 'input', type: 'search' });
    const options = await page.getByRole('listbox', { name: 'Indicators' }).getByRole('option').count();
    expect(options).toBeGreaterThan(0);
    expect(options).toBeLessThan(92);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Indicators (3 of 92)' });

    // Opened with the pointer: the same.
    await page.getByRole('button', { name: /^Countries \(/ }).click();
    await page.keyboard.type('united k');
    await page.getByLabel('Filter countries').waitFor();
    await expect.poll(() => page.getByLabel('Filter countries').inputValue()).toBe('united k');
    // Only the United Kingdom matches (its option also names its coverage, issue 17).
    await expect
      .poll(async () =>
        (await page.getByRole('listbox', { name: 'Countries' }).getByRole('option').allTextContents()).map(
          (text) => text.split(' GB')[0],
        ),
      )
      .toEqual(['United Kingdom']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a slow device (the panel’s code still on its way), text typed after Enter lands in the filter (issue 26)', async () => {
    // The panel's chunk is held until the keys are typed: what a loaded machine does at random.
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route(/\/assets\/MultiPickerPanel-[\w-]+\.js(\?.*)?$/, async (route) => {
      await held;
      await route.continue();
    });
    const { page, errors } = await browser.open(VIEW, { context });
    await waitForChart(page);
    const indicators = page.getByRole('button', { name: /^Indicators \(/ });
    await indicators.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
    await page.keyboard.type('electronic record');
    expect(await indicators.getAttribute('aria-expanded')).toBe('true');
    release();
    const filter = page.getByLabel('Filter indicators');
    await filter.waitFor();
    await expect.poll(() => filter.inputValue()).toBe('electronic record');
    expect(await focused(page)).toMatchObject({ tag: 'input', type: 'search' });
    // The caret after the text: what is typed next goes on.
    await page.keyboard.type('s');
    await expect.poll(() => filter.inputValue()).toBe('electronic records');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('chart-type tabs: ArrowRight, ArrowLeft, Home and End switch the chart and the URL', async () => {
    const { page, errors } = await openView();
    const tablist = page.getByRole('tablist', { name: 'Chart type' });
    expect(await tabTo(page, (f) => f.role === 'tab')).toMatchObject({ name: 'Bars' });
    const selectedTab = () => tablist.locator('[role="tab"][aria-selected="true"]').textContent();
    const chartLabel = () => page.locator('figure svg[role="img"]').getAttribute('aria-label');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'chart')).toBe('gap');
    expect(await selectedTab()).toBe('Gap to EU average');
    expect(await focused(page)).toMatchObject({ role: 'tab', name: 'Gap to EU average' });
    await expect.poll(chartLabel).toMatch(/^Diverging bar chart: gap to the EU27 average/);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'chart')).toBe('ranking');
    await expect.poll(chartLabel).toMatch(/^Ranking of \d+ countries/);

    await page.keyboard.press('End');
    await expect.poll(() => param(page, 'chart')).toBe('time');
    expect(await focused(page)).toMatchObject({ role: 'tab', name: 'Over time' });

    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => param(page, 'chart')).toBe('table');
    await page.waitForSelector('figure table');
    expect(await focused(page)).toMatchObject({ role: 'tab', name: 'Table' });

    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => param(page, 'chart')).toBe('scatter');
    await expect.poll(chartLabel).toMatch(/^Scatter chart/);

    await page.keyboard.press('Home');
    await expect.poll(() => param(page, 'chart')).toBe('surveys');
    await expect.poll(chartLabel).toMatch(/^Dot chart of every survey/);
    expect(await focused(page)).toMatchObject({ role: 'tab', name: 'All surveys' });

    // Wraps around: left of the first tab is the last.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => param(page, 'chart')).toBe('time');
    expect(await selectedTab()).toBe('Over time');
    // Only the selected tab is in the Tab sequence.
    expect(await tablist.locator('[role="tab"][tabindex="0"]').allTextContents()).toEqual(['Over time']);
    expect(param(page, 'countries')).toBe('FR,DE,DK');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tooltips: hovering a bar and focusing a mark show country, value, year, gap and source; Enter opens the profile', async () => {
    const { page, errors } = await openView();
    await page.locator('figure svg .mark[data-country="FR"][data-indicator="computer"] rect').hover();
    await page.locator('[role="tooltip"]').waitFor();
    expect(await tooltipLines(page)).toEqual([
      'France',
      'GP practices using a computer: 82.8 % (2007)',
      'EU27 average 2007: 87.4 %; gap −4.6 points',
      expect.stringMatching(/^Source: epSOS project, Country profile: France, 2010/),
    ]);
    await page.mouse.move(5, 5);
    await page.locator('[role="tooltip"]').waitFor({ state: 'detached' });

    // The marks are one Tab stop; arrow keys move between them and focus shows the tooltip.
    expect(await tabTo(page, (f) => f.mark !== null)).toMatchObject({ mark: 'EU27|computer' });
    await page.locator('[role="tooltip"]').waitFor();
    expect((await tooltipLines(page)).slice(0, 2)).toEqual([
      'EU27 average',
      'GP practices using a computer: 87.4 % (2007)',
    ]);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ mark: 'EU27|internet' });
    await expect
      .poll(() => tooltipLines(page))
      .toEqual([
        'EU27 average',
        'GP practices with Internet access: 68.8 % (2007)',
        expect.stringMatching(
          /^Source: epSOS project, Country profile: France, 2010 \(and \d+ other publications\)$/,
        ),
      ]);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({
      mark: 'DE|computer',
      name: 'Germany — GP practices using a computer: 98.8 % (2007)',
    });
    await expect
      .poll(() => tooltipLines(page))
      .toEqual([
        'Germany',
        'GP practices using a computer: 98.8 % (2007)',
        'EU27 average 2007: 87.4 %; gap +11.4 points',
        expect.stringMatching(/^Source: .*2008/),
      ]);
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => tooltipLines(page))
      .toContain('GP practices with Internet access: no data for 2007');
    expect(await tooltipLines(page)).toContain('EU27 average 2007: 68.8 %; gap: no data');

    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'profile')).toBe('DE');
    await page
      .getByRole('region', { name: 'Germany profile' })
      .getByRole('heading', { name: 'Sources' })
      .waitFor();
    expect(param(page, 'chart')).toBe('bars');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a whole task by keyboard: pick countries, switch to the table, open a profile, download the CSV', async () => {
    const { page, errors } = await openView('/');
    await tabTo(page, (f) => f.name.startsWith('Countries ('), { max: 3 });
    await page.keyboard.press('Enter');
    // As a person would: Tab once the picker is open (its list drawn, the focus in its filter). Its
    // code may still be loading on a slow machine: a Tab pressed then moves on from the button (text
    // typed then is kept for the filter, tested above), which made this test fail under load.
    await page.getByRole('listbox', { name: 'Countries' }).waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'input', type: 'search' });
    // Filter box, Select all, Clear.
    await tabTo(page, (f) => f.name === 'Clear', { max: 3 });
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'countries')).toBe('');
    await tabTo(page, (f) => f.type === 'search', { max: 3, back: true });
    for (const name of ['fra', 'ger', 'ita']) {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(name);
      await tabTo(page, (f) => f.role === 'listbox', { max: 4 });
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.type === 'search', { max: 4, back: true });
    }
    await expect.poll(() => param(page, 'countries')).toBe('FR,DE,IT');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ name: 'Countries (3 of 31)' });

    await tabTo(page, (f) => f.role === 'tab');
    await page.keyboard.press('End');
    await expect.poll(() => param(page, 'chart')).toBe('time');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => param(page, 'chart')).toBe('table');
    await page.waitForSelector('figure table');

    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Italy');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'profile')).toBe('IT');
    await page
      .getByRole('region', { name: 'Italy profile' })
      .getByRole('heading', { name: 'Sources' })
      .waitFor();

    await tabTo(page, (f) => f.name === 'Download CSV', { back: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('epsos-indicators_table_FR-DE-IT.csv');
    const path = await download.path();
    const csv = await readFile(path, 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'country,country_name,indicator,indicator_label,survey,year,value_percent,reference_average,reference_percent,gap_points,source,other_sources,where,conflict,note',
    );
    expect(lines.find((l) => l.startsWith('FR,France,computer,'))).toMatch(/,2007,82\.8,EU27,87\.4,-4\.6,/);
    expect(lines.filter((l) => /^(EU27|FR|DE|IT),/.test(l))).toHaveLength(12);
    await page.getByRole('status').filter({ hasText: 'CSV downloaded' }).waitFor();
    expect(new URL(page.url()).search).toBe(
      '?countries=FR,DE,IT&indicators=computer,internet,epr&chart=table&profile=IT',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
