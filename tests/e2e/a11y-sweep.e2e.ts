import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startBrowser, waitForChart } from './harness';

/**
 * WCAG 2.2 AA and best practice (issue 29): axe over every chart kind, the brief, the embed and each
 * open dialog or panel, at 1400 and 390 px, seven countries and three indicators. One page per width
 * is reused for every view, so the sweep stays short.
 */
const browser = startBrowser();

const VIEW = 'countries=FR,DE,DK,SE,ES,IT,AT&indicators=computer,internet,epr';
const KINDS = ['surveys', 'bars', 'gap', 'ranking', 'map', 'scatter', 'table', 'time'] as const;

async function goto(page: Page, query: string) {
  await page.goto(new URL(`/?${query}`, browser.baseUrl).toString());
}

/** Opens a control in the dashboard of the view, runs axe, closes it with Escape or a fresh load. */
type Opener = (page: Page) => Promise<void>;
const OPEN: Record<string, Opener> = {
  Sources: async (page) => {
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByRole('dialog', { name: 'Sources and methods' }).waitFor();
  },
  Share: async (page) => {
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('textbox', { name: /Embed code/ }).waitFor();
  },
  'Download data': async (page) => {
    await page.getByRole('button', { name: 'Download data' }).click();
    await page.getByRole('link', { name: 'Full dataset (ZIP)' }).waitFor();
  },
  'Countries picker': async (page) => {
    await page.getByRole('button', { name: /^Countries \(/ }).click();
    await page.getByRole('listbox', { name: 'Countries' }).waitFor();
  },
  'Indicators picker': async (page) => {
    await page.getByRole('button', { name: /^Indicators \(/ }).click();
    await page.getByRole('listbox', { name: 'Indicators' }).waitFor();
  },
  'Add data': async (page) => {
    await page.getByRole('button', { name: /^Add data/ }).click();
    await page.getByRole('region', { name: 'Add your own data' }).waitFor();
  },
};

for (const width of [1400, 390]) {
  describe(`axe, WCAG 2.2 AA and best practice, at ${width} px`, () => {
    let page: Page;
    beforeAll(async () => {
      ({ page } = await browser.open(`/?${VIEW}`, { width, height: 900 }));
    });
    afterAll(async () => {
      await page.context().close();
    });

    it('every chart kind', async () => {
      // The landing view (`/`: All surveys, the 12 epSOS countries) first.
      await goto(page, '');
      await waitForChart(page);
      const found: Record<string, string[]> = { '/': await axeViolations(page) };
      for (const kind of KINDS) {
        await goto(page, `${VIEW}&chart=${kind}`);
        await waitForChart(page);
        found[kind] = await axeViolations(page);
      }
      expect(found).toEqual(Object.fromEntries(['/', ...KINDS].map((k) => [k, []])));
    });

    it('the brief and the embed', async () => {
      await goto(page, 'brief=FR');
      await page.getByRole('heading', { name: 'At a glance' }).waitFor();
      const brief = await axeViolations(page);
      await goto(page, `${VIEW}&chart=bars&embed=1`);
      await page.locator('main.embed figure svg .mark').first().waitFor();
      const embed = await axeViolations(page);
      // The embed's one heading is its chart's title.
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        await page.locator('.chart-title').textContent(),
      );
      expect({ brief, embed }).toEqual({ brief: [], embed: [] });
    });

    it('Sources, Share, Download data, the pickers and Add data, open', async () => {
      const found: Record<string, string[]> = {};
      for (const [name, open] of Object.entries(OPEN)) {
        // The seven countries, with France's profile open beside the chart.
        await goto(page, `${VIEW}&chart=bars&profile=FR`);
        await waitForChart(page);
        await open(page);
        found[name] = await axeViolations(page);
      }
      expect(found).toEqual(Object.fromEntries(Object.keys(OPEN).map((k) => [k, []])));
    });
  });
}
