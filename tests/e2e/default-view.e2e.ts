import { describe, expect, it } from 'vitest';
import { axeViolations, startBrowser, waitForChart } from './harness';

const browser = startBrowser();

describe('default view', () => {
  it('draws grouped bars for the 12 epSOS countries against the EU27 average, with France at 82.8', async () => {
    const { page, errors } = await browser.open('/');
    await waitForChart(page);
    const svg = page.locator('figure svg[role="img"]');
    await expect(svg.getAttribute('aria-label')).resolves.toMatch(
      /for 4 of the 12 selected countries and the EU27 average, in percent; the 8 countries without data are named below the chart/,
    );
    const countries = await page.$$eval('svg .mark[data-country]', (marks) => [
      ...new Set(marks.map((m) => m.getAttribute('data-country'))),
    ]);
    // The 2007 survey gives figures for 4 of the 12 in text we could read; the other 8 are named, not hatched.
    expect(countries.sort()).toEqual(['DE', 'ES', 'EU27', 'FR', 'IT']);
    await expect(page.locator('figure .chart-note').first().textContent()).resolves.toBe(
      'No data: Austria, Czech Republic, Denmark, Greece, Netherlands, Slovakia, Sweden, United Kingdom.',
    );
    const franceComputer = page.locator('svg .mark[data-country="FR"][data-indicator="computer"] title');
    await expect(franceComputer.textContent()).resolves.toBe(
      'France — GP practices using a computer: 82.8 % (2007)',
    );
    const eu = await page.$$eval('svg .mark[data-country="EU27"]', (m) =>
      m.map((x) => x.getAttribute('data-value')),
    );
    expect(eu).toEqual(['87.4', '68.8', '79.5']);
    expect(new URL(page.url()).search).toBe(
      '?countries=AT,CZ,DK,FR,DE,GR,IT,NL,SK,ES,SE,GB&indicators=computer,internet,epr&chart=bars&profile=FR',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('passes axe-core with no violations', async () => {
    const { page } = await browser.open('/');
    await waitForChart(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('at 1400 px the controls fit one row, the export buttons named in full for assistive technology', async () => {
    const { page, errors } = await browser.open('/', { width: 1400, height: 900 });
    await waitForChart(page);
    const top = async (name: string | RegExp) => (await page.getByRole('button', { name }).boundingBox())?.y;
    const row = await top(/^Countries \(/);
    for (const name of ['Add data', 'Download PNG', 'Download SVG', 'Download CSV', 'Copy link', 'Share']) {
      expect(await top(name)).toBe(row);
    }
    await expect(page.getByRole('button', { name: 'Download PNG' }).textContent()).resolves.toBe('PNG');
    expect(errors).toEqual([]);
    await page.close();
  });
});
