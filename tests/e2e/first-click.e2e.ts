import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';

const browser = startBrowser();

/**
 * What the toolbar's buttons do, and the pickers' option lists with their counts, load on first use,
 * not with the page (issue 24, initial JS: src/app/toolbarActions.ts, src/ui/pickerOptions.ts). A
 * reader's first click, made as soon as the page is interactive, must still do what it says, on the
 * hydrated default view as on a link the browser renders from scratch.
 */
describe.each([
  ['the default view (hydrated)', '/', 'Countries (12 of 31)'],
  [
    'a deep link (rendered in the browser)',
    '/?countries=FR,DE,DK&indicators=computer,internet&chart=bars',
    'Countries (3 of 31)',
  ],
])('right after %s is interactive', (_, path, countries) => {
  it('Download CSV, Copy link and a picker work on the first click', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(browser.baseUrl).origin,
    });
    const { page, errors } = await browser.open(path, { context });
    try {
      await waitForChart(page);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV', exact: true }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
      expect(await file.failure()).toBeNull();
      await expect.poll(() => page.locator('.export-status').textContent()).toBe('CSV downloaded');
      await page.bringToFront();
      await page.getByRole('button', { name: 'Copy link', exact: true }).click();
      await expect.poll(() => page.locator('.export-status').textContent()).toBe('Link copied');
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(copied.origin).toBe(new URL(browser.baseUrl).origin);
      expect(copied.searchParams.get('countries')).toBe(new URL(page.url()).searchParams.get('countries'));
      // The Countries picker: its count before the list is made, then each option with its coverage
      // (of the indicators selected; on All surveys, of the topics drawn).
      await page.getByRole('button', { name: countries }).click();
      const france = page.getByRole('option', {
        name: /^France FR · epSOS · \d of \d (indicators?|topics?) with a figure$/,
      });
      await france.waitFor();
      expect(await page.getByRole('listbox', { name: 'Countries' }).getByRole('option').count()).toBe(31);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
