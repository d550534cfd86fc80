import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFixture } from '../../scripts/bench/importFixture';
import type { Dataset } from '../../src/data/schema';
import { startBrowser, waitForChart } from './harness';

const browser = startBrowser();

const dataset = JSON.parse(
  readFileSync(new URL('../../public/data/indicators.json', import.meta.url), 'utf8'),
) as Dataset;
/** The bench's file (scripts/bench/importFixture.ts): 50,000 rows, 54 indicators, every country. */
const LARGE = importFixture(dataset, 50_000);

describe('a 50,000-row import', () => {
  it('parses, checks and stores off the main thread, and draws six of its 54 indicators, saying where the rest are', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      // Which workers the page starts (their scripts' names).
      await context.addInitScript(() => {
        const started: string[] = [];
        (window as unknown as { __workers: string[] }).__workers = started;
        const Original = window.Worker;
        window.Worker = class extends Original {
          constructor(url: string | URL, options?: WorkerOptions) {
            super(url, options);
            started.push(String(url));
          }
        };
      });
      const { page, errors } = await browser.open('/?chart=time', { context });
      await waitForChart(page);
      await page.getByRole('button', { name: /^Add data/ }).click();
      const panel = page.getByRole('region', { name: 'Add your own data' });
      await panel
        .locator('input[type="file"]')
        .setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(LARGE) });
      await panel
        .locator('.import-report')
        .filter({ hasText: 'loaded 50000 figures' })
        .waitFor({ timeout: 90_000 });
      await expect
        .poll(() => panel.locator('.import-shown p').textContent(), { timeout: 60_000 })
        .toMatch(
          /^Added 6 indicators and \d+ countries to the view: .+\. The other \d+ indicators of the file are in the Indicators picker: a chart shows 6 at once best\.$/,
        );
      await expect
        .poll(
          () =>
            new URL(page.url()).searchParams
              .get('indicators')
              ?.split(',')
              .filter((i) => i.startsWith('my_')).length,
        )
        .toBe(6);
      // The chart draws them: six own indicators, not 54.
      await expect
        .poll(
          () =>
            page.$$eval(
              'figure svg .mark[data-indicator^="my_"]',
              (marks) => new Set(marks.map((m) => m.getAttribute('data-indicator'))).size,
            ),
          { timeout: 60_000 },
        )
        .toBe(6);
      const workers = await page.evaluate(() => (window as unknown as { __workers: string[] }).__workers);
      expect(workers.some((w) => /importWorker/.test(w))).toBe(true);
      expect(workers.some((w) => /mergeWorker/.test(w))).toBe(true);
      // Stored by a worker too (the structured clone of 50,000 rows off the page's main thread).
      await expect
        .poll(() =>
          page.evaluate(() =>
            (window as unknown as { __workers: string[] }).__workers.some((w) => /storageWorker/.test(w)),
          ),
        )
        .toBe(true);
      // Over time draws at most 500 marks in the panel, whole countries, and names the others.
      await expect
        .poll(() => page.locator('figure').textContent(), { timeout: 30_000 })
        .toMatch(
          /Your data, not drawn \(too many figures for one panel; the table has them all\): [A-Z][^.]+\./,
        );
      expect(await page.locator('figure svg .mark[data-indicator^="my_"]').count()).toBeLessThanOrEqual(500);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
