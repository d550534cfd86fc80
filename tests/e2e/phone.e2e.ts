import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';

/** A phone: 390 px wide (issue 21.7). */
const browser = startBrowser();
const PHONE = { width: 390, height: 844 };

describe('phone, 390 px', () => {
  it('opens the Share panel and the Download data menu inside the window', async () => {
    const { page, errors } = await browser.open('/', PHONE);
    await waitForChart(page);
    for (const name of ['Share', 'Download data']) {
      const button = page.getByRole('button', { name, exact: true });
      await button.click();
      const panel = page.locator('.share-panel').first();
      await panel.waitFor();
      const box = await panel.boundingBox();
      if (!box) throw new Error(`${name}: no panel box`);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      await button.click();
      await panel.waitFor({ state: 'detached' });
    }
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts the chart within the first 600 px: the controls are compact', async () => {
    const { page } = await browser.open('/', PHONE);
    await waitForChart(page);
    const svg = await page.locator('#chart-panel figure svg[role="img"]').boundingBox();
    // Measured: 751 px before the compact controls, 567 px after.
    expect(svg?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(600);
    await page.close();
  });

  it('choosing a profile brings it into view and moves the focus to its heading', async () => {
    const { page, errors } = await browser.open('/', PHONE);
    await waitForChart(page);
    await page.locator('.profile-select select').selectOption('DE');
    const heading = page.getByRole('region', { name: 'Germany profile' }).getByRole('heading', {
      level: 2,
      name: 'Germany',
    });
    await heading.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), { timeout: 5000 })
      .toBe('Germany');
    await expect
      .poll(async () => {
        const box = await heading.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
      })
      .toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
