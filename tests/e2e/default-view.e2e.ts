import { describe, expect, it } from 'vitest';
import { axeViolations, startBrowser, waitForChart } from './harness';

const browser = startBrowser();

describe('default view', () => {
  it('draws All surveys for the 12 epSOS countries: a sourced figure for 11, each mark naming its survey', async () => {
    const { page, errors } = await browser.open('/');
    await waitForChart(page);
    const svg = page.locator('figure svg[role="img"]');
    await expect(svg.getAttribute('aria-label')).resolves.toMatch(
      /^Dot chart of every survey, one panel per concept \(3: Computer use, Internet access, Electronic records\), 11 of the 12 selected countries, 11 surveys/,
    );
    const epsos = ['AT', 'CZ', 'DK', 'FR', 'DE', 'GR', 'IT', 'NL', 'SK', 'ES', 'SE', 'GB'];
    const marks = await page.$$eval('svg .survey-mark', (ms) =>
      ms.map((m) => ({
        country: m.getAttribute('data-country') ?? '',
        survey: m.getAttribute('data-survey') ?? '',
        title: m.querySelector('title')?.textContent ?? '',
      })),
    );
    const drawn = new Set(marks.map((m) => m.country).filter((c) => epsos.includes(c)));
    expect(drawn.size).toBeGreaterThanOrEqual(11);
    expect([...drawn].sort()).toEqual(epsos.filter((c) => c !== 'SK').sort());
    // every mark's title names its country, its survey and its publication
    const surveys = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.legend-item')].map((li, i) => [i, li.textContent ?? '']),
      ),
    );
    expect(Object.values(surveys)).toContain('Commonwealth Fund');
    for (const m of marks) {
      expect(m.survey).not.toBe('');
      expect(m.title).toMatch(/^.+ — .+: .+: [\d.]+ % \(.+\)$/);
    }
    const survey = (id: string) => marks.filter((m) => m.survey === id).map((m) => m.title);
    expect(survey('cmwf-ihp').every((t) => t.includes('— Commonwealth Fund, '))).toBe(true);
    expect(survey('empirica-gp').every((t) => t.includes('— empirica 2007: '))).toBe(true);
    await expect(
      page.locator('svg .survey-mark[data-country="FR"][data-indicator="computer"] title').textContent(),
    ).resolves.toMatch(/^France — empirica 2007: GP practices using a computer: 82.8 % \(epSOS project, /);
    // each survey's own average, in a row of its own
    const eu = await page.$$eval('svg .survey-mark[data-country="EU27"]', (m) =>
      m.map((x) => `${x.getAttribute('data-survey')}:${x.getAttribute('data-value')}`),
    );
    expect(eu).toEqual(['empirica-gp:87.4', 'empirica-gp:68.8', 'empirica-gp:79.5']);
    await expect(page.locator('figure .chart-note').first().textContent()).resolves.toBe(
      'No figure on any of these concepts in any survey: Slovakia.',
    );
    await expect(page.locator('figure .chart-note').nth(1).textContent()).resolves.toMatch(
      /^Surveys differ in question, base \(practices or physicians\) and year/,
    );
    expect(new URL(page.url()).search).toBe(
      '?countries=AT,CZ,DK,FR,DE,GR,IT,NL,SK,ES,SE,GB&indicators=computer,internet,epr&chart=surveys&profile=FR',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the 2007 bars against the EU27 average one tab away', async () => {
    const { page, errors } = await browser.open('/');
    await waitForChart(page);
    await page.getByRole('tab', { name: 'Bars' }).click();
    await page.waitForSelector('figure svg[aria-label^="Grouped bar chart"]');
    await expect(
      page.locator('svg .mark[data-country="FR"][data-indicator="computer"] title').textContent(),
    ).resolves.toBe('France — GP practices using a computer: 82.8 % (2007)');
    const eu = await page.$$eval('svg .mark[data-country="EU27"]', (m) =>
      m.map((x) => x.getAttribute('data-value')),
    );
    expect(eu).toEqual(['87.4', '68.8', '79.5']);
    // The history entry is written after the frame that shows the change (src/state/useUrlSync.ts).
    await expect.poll(() => new URL(page.url()).search).toContain('&chart=bars&');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts the rows by name on request, kept in the address', async () => {
    const { page, errors } = await browser.open('/');
    await waitForChart(page);
    const rows = () =>
      page.$$eval('.surveys-panel[data-panel="electronic-records"] .country-label', (ls) =>
        ls.map((l) => l.textContent ?? ''),
      );
    const byLatest = await rows();
    expect(byLatest[0]).toBe('Denmark');
    await page.getByRole('radio', { name: 'by name' }).check();
    await page.waitForFunction(() => window.location.search.includes('sort=name'));
    const byName = await rows();
    expect(byName).toEqual([...byLatest].sort((a, b) => a.localeCompare(b, 'en')));
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
    // Measured once the whole toolbar is there (its export buttons may come after the chart).
    await page.getByRole('button', { name: 'Share' }).waitFor();
    const row = await top(/^Countries \(/);
    for (const name of ['Add data', 'Download PNG', 'Download SVG', 'Download CSV', 'Copy link', 'Share']) {
      expect(await top(name)).toBe(row);
    }
    await expect(page.getByRole('button', { name: 'Download PNG' }).textContent()).resolves.toBe('PNG');
    expect(errors).toEqual([]);
    await page.close();
  });
});
