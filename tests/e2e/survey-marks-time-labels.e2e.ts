import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, downloadText, linkParam, startBrowser, waitForChart } from './harness';

/** Issue 25: Over time across surveys (1), one mark per survey (2), values on marks (5). */

const browser = startBrowser();
const param = linkParam;
const download = downloadText;

const EXAMPLE =
  '/?countries=SE,DK&indicators=eprescribing,ec2013_eprescribing,ec2018_eprescribing&chart=time';

describe('Over time across surveys', () => {
  it('draws e-prescribing in Sweden and Denmark as one panel with three surveys on one year axis', async () => {
    const { page, errors } = await browser.open(EXAMPLE);
    await waitForChart(page);
    await expect(page.locator('figure svg .time-panel').count()).resolves.toBe(1);
    const years = await page.locator('figure svg .time-panel .time-year').allTextContents();
    expect(years.map(Number)).toEqual([2007, 2013, 2018]);
    const lines = await page.$$eval('figure svg .time-line', (ls) =>
      ls.map((l) => ({
        survey: l.getAttribute('data-survey'),
        marks: [...l.querySelectorAll('.mark')].map((m) => m.getAttribute('data-survey')),
      })),
    );
    expect(new Set(lines.map((l) => l.survey))).toEqual(new Set(['empirica-gp', 'ec-gp-2013', 'ec-gp-2018']));
    // A line holds the marks of its own survey only: never one survey to another.
    for (const l of lines) expect(new Set(l.marks)).toEqual(new Set([l.survey]));
    const legend = page.getByRole('list', { name: 'Legend' });
    await expect(legend.textContent()).resolves.toMatch(
      /empirica 2007.*EC GP survey 2013.*EC GP survey 2018/,
    );
    await expect(legend.textContent()).resolves.toMatch(/Surveys differ in question and base\./);
    // Every mark is titled with its survey and wave.
    await expect(
      page.locator('figure svg .mark[data-country="SE"][data-survey="ec-gp-2018"] title').textContent(),
    ).resolves.toMatch(/^Sweden — EC GP survey 2018: .+: \d+(\.\d)? %$/);
    // Keyboard: the points are one tab stop, arrows move, the tooltip names the survey.
    await page.locator('.mark-layer button').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tooltip').textContent()).resolves.toMatch(/Survey: /);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('one mark per survey', () => {
  const markOf = async (page: Page, survey: string, country: string) =>
    page
      .locator(`figure svg [data-survey="${survey}"][data-country="${country}"].mark path`)
      .first()
      .evaluate((p) => ({ d: p.getAttribute('d'), fill: p.getAttribute('fill') }));

  it('draws Harris 2002 alike on the landing view, in the view of every country and on Over time', async () => {
    const dataset = JSON.parse(readFileSync('public/data/indicators.json', 'utf8')) as {
      countries: { code: string; aggregate?: boolean }[];
    };
    const every = dataset.countries.filter((c) => !c.aggregate).map((c) => c.code);
    expect(every.length).toBeGreaterThanOrEqual(31);
    const landing = await browser.open('/');
    await waitForChart(landing.page);
    const onLanding = await markOf(landing.page, 'harris-gp-2002', 'GR');
    const all = await browser.open(
      `/?countries=${every.join(',')}&indicators=computer,internet,epr&chart=surveys`,
    );
    await waitForChart(all.page);
    await expect(markOf(all.page, 'harris-gp-2002', 'GR')).resolves.toEqual(onLanding);
    const time = await browser.open('/?countries=DK,NL,GB&indicators=gp2002_emr&chart=time');
    await waitForChart(time.page);
    const onTime = await markOf(time.page, 'harris-gp-2002', 'NL');
    expect(onTime.d).toBe(onLanding.d);
    expect(onTime.fill).toBe(onLanding.fill);
    for (const t of [landing, all, time]) {
      expect(t.errors).toEqual([]);
      await t.page.close();
    }
  });
});

describe('values on marks (labels=1)', () => {
  it('the checkbox writes labels=1 and the values; the exported SVG holds them, at screen and A4 size', async () => {
    const { page, errors } = await browser.open('/');
    await waitForChart(page);
    await expect(page.locator('figure svg .value-label').count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: 'Values on marks' }).check();
    await expect.poll(() => param(page, 'labels')).toBe('1');
    // France's computer use, empirica 2007: its latest mark carries year and value.
    const label = page.locator('figure svg .value-label[data-mark="FR|computer|2007"]');
    await expect(label.textContent()).resolves.toBe('2007: 82.8 %');
    const svg = await download(page, 'Download SVG');
    expect(svg).toContain('>2007: 82.8 %</text>');
    await page.getByRole('combobox', { name: 'Export size' }).selectOption({ label: 'A4 column (16 cm)' });
    const a4 = await download(page, 'Download SVG');
    expect(a4).toContain('width="160mm"');
    expect(a4).toMatch(/class="survey-year value-label"[^>]*>[^<]*%<\/text>/);
    await page.getByRole('checkbox', { name: 'Values on marks' }).uncheck();
    await expect.poll(() => param(page, 'labels')).toBeNull();
    await expect(page.locator('figure svg .value-label').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes the values on Over time, scatter and the map, and offers no checkbox on bars', async () => {
    const { page, errors } = await browser.open(`${EXAMPLE}&labels=1`);
    await waitForChart(page);
    await expect(page.getByRole('checkbox', { name: 'Values on marks' }).isChecked()).resolves.toBe(true);
    const value = await page
      .locator('figure svg .mark[data-country="SE"][data-survey="ec-gp-2018"]')
      .getAttribute('data-value');
    await expect(
      page.locator('figure svg .value-label[data-mark^="SE|ec2018_eprescribing"]').textContent(),
    ).resolves.toBe(value);
    await page.getByRole('tab', { name: 'Scatter' }).click();
    await expect.poll(() => param(page, 'chart')).toBe('scatter');
    await expect(page.locator('figure svg[role="img"]').textContent()).resolves.toMatch(
      /: \d+(\.\d)? %, \d+(\.\d)? %/,
    );
    await page.getByRole('tab', { name: 'Map' }).click();
    await page.locator('figure svg .value-label').first().waitFor();
    await page.getByRole('tab', { name: 'Bars' }).click();
    await expect.poll(() => param(page, 'chart')).toBe('bars');
    await expect(page.getByRole('checkbox', { name: 'Values on marks' }).count()).resolves.toBe(0);
    expect(param(page, 'labels')).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });
});
