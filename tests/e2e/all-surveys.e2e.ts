import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, linkParam, startBrowser, waitForChart } from './harness';

/** All surveys (chart=surveys): every survey's figures side by side, never merged. */
const browser = startBrowser();

const NL_LINK = '/?countries=NL,GB,DE,FR&indicators=cmwf_emr&chart=surveys';

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  if (!path) throw new Error(`no file for ${button}`);
  return { name: file.suggestedFilename(), path };
}

describe('All surveys', () => {
  it("draws the Netherlands' Harris 2002 and Commonwealth Fund figures as separate marks, and its CSV names both", async () => {
    const { page, errors } = await browser.open(NL_LINK);
    await waitForChart(page);
    const nl = await page.$$eval('svg .survey-mark[data-country="NL"]', (ms) =>
      ms.map((m) => ({
        survey: m.getAttribute('data-survey'),
        year: m.getAttribute('data-year'),
        value: m.getAttribute('data-value'),
        latest: m.getAttribute('data-latest'),
        title: m.querySelector('title')?.textContent ?? '',
      })),
    );
    const harris = nl.filter((m) => m.survey === 'harris-gp-2002');
    const cmwf = nl.filter((m) => m.survey === 'cmwf-ihp');
    expect(harris.map((m) => `${m.year}:${m.value}:${m.latest}`)).toEqual(['2002:88:true']);
    expect(cmwf.map((m) => `${m.year}:${m.value}:${m.latest}`)).toEqual([
      '2006:98:false',
      '2009:99:false',
      '2012:98:true',
    ]);
    expect(harris[0]?.title).toMatch(/^Netherlands — Harris 2002: .+: 88 % \(.+\)$/);
    expect(cmwf[2]?.title).toMatch(/^Netherlands — Commonwealth Fund, 2012: .+: 98 % \(.+\)$/);
    // the lines join the Commonwealth Fund's waves only: none ends at the Harris mark
    const links = await page.$$eval('.surveys-panel line.survey-link', (ls) =>
      ls.map((l) => l.getAttribute('data-survey')),
    );
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((s) => s !== 'harris-gp-2002')).toBe(true);
    // one panel: the selected indicator's concept, with every survey that asked it
    await expect(page.locator('.surveys-panel').count()).resolves.toBe(1);
    const legend = await page.locator('.legend-item').allTextContents();
    expect(legend).toEqual(expect.arrayContaining(['Commonwealth Fund', 'Harris 2002']));

    const csv = await download(page, 'Download CSV');
    expect(csv.name).toBe('epsos-indicators_surveys_NL-GB-DE-FR.csv');
    const rows = csvParse(readFileSync(csv.path, 'utf8'));
    const nlRows = rows.filter((r) => r.country === 'NL');
    expect(new Set(nlRows.map((r) => r.survey))).toEqual(
      new Set([
        'Commonwealth Fund International Health Policy Survey of Primary Care Physicians',
        'Harris Interactive survey of general practitioners in the fifteen EU member states on e-health (2002)',
      ]),
    );
    expect(nlRows).toHaveLength(4);
    expect(nlRows.every((r) => r.concept === 'Electronic records' && r.source !== '')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches every mark from the keyboard, its tooltip naming country, survey, wording, wave, value and publication', async () => {
    const { page, errors } = await browser.open(NL_LINK);
    await waitForChart(page);
    const first = page.locator('.mark-hotspot').first();
    await first.focus();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const lines = await tip.locator('div').allTextContents();
    expect(lines[1]).toMatch(/^Survey: /);
    expect(lines.some((l) => /: [\d.]+ % \(\d{4}\)$/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('Source: '))).toBe(true);
    await page.keyboard.press('ArrowRight');
    const second = page.locator('.mark-hotspot').nth(1);
    await expect.poll(() => second.evaluate((e) => e === document.activeElement)).toBe(true);
    await expect(second.getAttribute('aria-label')).resolves.toMatch(/ — .+: .+: [\d.]+ % \(.+\)$/);
    const count = await page.locator('.mark-hotspot').count();
    expect(count).toBe(await page.locator('svg .survey-mark').count());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('passes axe-core with no violations', async () => {
    const { page } = await browser.open(NL_LINK);
    await waitForChart(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('with 31 countries and three concepts: rows grow the panel, no two year labels overlap, 390 px wide', async () => {
    const all =
      'AT,BE,BG,CY,CZ,DK,EE,FI,FR,DE,GR,HR,HU,IS,IE,IT,LV,LT,LU,MT,NL,NO,PL,PT,RO,SK,SI,ES,SE,CH,GB';
    const { page, errors } = await browser.open(
      `/?countries=${all}&indicators=computer,internet,epr&chart=surveys`,
      { width: 390, height: 844 },
    );
    await waitForChart(page);
    const overlaps = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('svg .survey-year')].map((t) =>
        (t as SVGGraphicsElement).getBoundingClientRect(),
      );
      let n = 0;
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          if (
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5
          )
            n++;
        }
      });
      return { n, labels: boxes.length };
    });
    expect(overlaps.labels).toBeGreaterThan(20);
    expect(overlaps.n).toBe(0);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(391);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws your own figures in a panel of their own, even for a concept a survey asked', async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=epr&chart=surveys');
    await waitForChart(page);
    const addData = page.getByRole('region', { name: 'Add your own data' });
    await page.getByRole('button', { name: /^Add data/ }).click();
    await addData
      .getByRole('textbox', { name: 'Or paste CSV text' })
      .fill(
        'country,indicator,year,value,source\nFR,epr,2024,91,My practice survey\nDE,epr,2024,88,My practice survey\n',
      );
    await addData.getByRole('button', { name: 'Load pasted text' }).click();
    await addData.locator('.import-report').filter({ hasText: 'loaded' }).waitFor();
    // The import joins the view when its merge is drawn, after its report (src/import/joinView.ts; its
    // "Added …" line says so), and the history entry comes a frame later. (The test once read the link
    // once and, without the indicator there, picked it: a click that, had the import joined meanwhile,
    // would have taken it out of the view again.)
    await addData.locator('.import-shown').filter({ hasText: 'Added' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => linkParam(page, 'indicators')).toContain('my_epr');
    await page.locator('.surveys-panel[data-panel="own-data"] .survey-mark').first().waitFor();
    const panels = await page.$$eval('.surveys-panel', (ps) =>
      ps.map((p) => ({
        id: p.getAttribute('data-panel'),
        indicators: [
          ...new Set([...p.querySelectorAll('.survey-mark')].map((m) => m.getAttribute('data-indicator'))),
        ],
      })),
    );
    expect(panels.map((p) => p.id)).toEqual(['electronic-records', 'own-data']);
    expect(panels[0]?.indicators).not.toContain('my_epr');
    expect(panels[1]?.indicators).toEqual(['my_epr']);
    await expect(
      page
        .locator('.surveys-panel[data-panel="own-data"] .survey-mark[data-country="FR"] title')
        .textContent(),
    ).resolves.toMatch(
      /^France — \u2068Your data\u2069, 2024: \u2068.+\u2069: 91 % \(.*My practice survey.*\)$/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws one panel per concept of the selection and drops an unknown order with a notice', async () => {
    const { page, errors } = await browser.open(
      '/?countries=FR,DE&indicators=computer,epr&chart=surveys&sort=size',
    );
    await waitForChart(page);
    await expect(page.locator('.surveys-panel').count()).resolves.toBe(2);
    // The notice's code loads on demand (src/app/Notices.tsx): wait for it, then count.
    const ignored = page.getByText('Ignored sort “size”: expected name or latest');
    await ignored.waitFor();
    await expect(ignored.count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
