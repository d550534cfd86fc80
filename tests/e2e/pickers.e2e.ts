import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, startBrowser, waitForChart } from './harness';

const browser = startBrowser();

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name) ?? '';
const pickerButton = (page: Page, label: 'Countries' | 'Indicators') =>
  page.getByRole('button', { name: new RegExp(`^${label} \\(`) });

async function openPicker(page: Page, label: 'Countries' | 'Indicators') {
  await pickerButton(page, label).click();
  const list = page.getByRole('listbox', { name: label });
  await list.waitFor();
  return list;
}

/** The accessible names of a listbox's options (what a screen reader says). */
const optionNames = (page: Page, label: string) =>
  page
    .getByRole('listbox', { name: label })
    .getByRole('option')
    .evaluateAll((os) => os.map((o) => o.getAttribute('aria-label') ?? ''));

describe('coverage in the pickers', () => {
  it('each Indicators option names how many of the selected countries it has a figure for, in any wave', async () => {
    // The landing view's 12 epSOS countries; the 2007 indicators.
    const { page, errors } = await browser.open('/');
    await waitForChart(page);
    const list = await openPicker(page, 'Indicators');
    await expect(
      page.getByText('Each indicator: for how many of the selected countries it has a figure').count(),
    ).resolves.toBe(1);
    // Commonwealth Fund EMR: France, Germany, Italy, the Netherlands, Sweden, the UK (2009 and other waves).
    const emr = list.getByRole('option', {
      name: /^Primary care physicians using electronic medical records .* · 6 of 12 countries with a figure$/,
    });
    await expect(emr.count()).resolves.toBe(1);
    await expect(emr.locator('.picker-coverage').textContent()).resolves.toBe(' · 6 of 12');
    const names = await optionNames(page, 'Indicators');
    expect(names).toHaveLength(92);
    for (const name of names) expect(name).toMatch(/ · \d+ of 12 countries with a figure$/);
    // An indicator with none for the selection is dimmed, and still selectable.
    const none = list.locator('.picker-option.no-coverage');
    expect(await none.count()).toBeGreaterThan(0);
    await expect(none.first().getAttribute('aria-label')).resolves.toMatch(/ · 0 of 12 /);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // On All surveys the Countries picker counts the topics drawn (every survey of the selected
    // indicators' concepts), as the panels do; a change of selection changes the counts.
    const countries = await openPicker(page, 'Countries');
    await expect(
      countries.getByRole('option', { name: /^France FR · epSOS · 3 of 3 topics with a figure$/ }).count(),
    ).resolves.toBe(1);
    await expect(
      countries.getByRole('option', { name: /^Slovakia SK · epSOS · 0 of 3 topics with a figure$/ }).count(),
    ).resolves.toBe(1);
    await countries.getByRole('option', { name: /^France/ }).click();
    await expect.poll(() => param(page, 'countries').includes('FR')).toBe(false);
    await page.getByRole('button', { name: 'Done' }).click();
    await openPicker(page, 'Indicators');
    // The ePR of 2007 had France alone among the epSOS countries.
    await expect
      .poll(async () => (await optionNames(page, 'Indicators')).find((n) => n.includes('(ePR)')))
      .toMatch(/ · 0 of 11 countries with a figure$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with a filter typed, Select acts on the options shown only (not all 92), and Clear too', async () => {
    const { page, errors } = await browser.open(
      '/?countries=FR,DE,NL&indicators=computer,internet,epr&chart=table',
    );
    await waitForChart(page);
    const list = await openPicker(page, 'Indicators');
    await page.getByRole('searchbox', { name: 'Filter indicators' }).fill('electronic record');
    const shown = await list.getByRole('option').count();
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(92);
    await page.getByRole('button', { name: `Select ${shown} shown` }).click();
    await expect
      .poll(async () => (await list.getByRole('option', { selected: true }).count()) === shown)
      .toBe(true);
    // The history entry is written after the frame that shows the change (src/state/useUrlSync.ts).
    await expect.poll(() => param(page, 'indicators').split(',').length).toBe(2 + shown);
    const picked = param(page, 'indicators').split(',');
    // computer and internet stay; the ePR of 2007 is one of the electronic records shown.
    expect(picked.slice(0, 3)).toEqual(['computer', 'internet', 'epr']);
    await page.getByRole('button', { name: `Clear ${shown} shown` }).click();
    await expect.poll(() => param(page, 'indicators')).toBe('computer,internet');
    expect(errors).toEqual([]);
    await page.close();
  });
});
