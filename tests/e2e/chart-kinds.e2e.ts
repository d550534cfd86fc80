import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, startBrowser, waitForChart } from './harness';

const browser = startBrowser();

const view = (kind: string) =>
  `/?countries=FR,DE,DK&indicators=computer,internet,epr&chart=${kind}&profile=FR`;

/** Opens one chart kind of the FR/DE/DK view and waits for the chart and France's profile. */
async function openKind(kind: string, size?: { width: number; height: number }) {
  const opened = await browser.open(view(kind), size);
  await waitForChart(opened.page);
  await opened.page
    .getByRole('region', { name: 'France profile' })
    .getByRole('heading', { name: 'Sources' })
    .waitFor();
  return opened;
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** data-value of every mark, keyed "country|indicator". */
async function markValues(page: Page): Promise<Record<string, string | null>> {
  return page.$$eval('figure svg .mark', (marks) =>
    Object.fromEntries(
      marks.map((m) => [
        `${m.getAttribute('data-country')}|${m.getAttribute('data-indicator') ?? ''}`,
        m.getAttribute('data-value'),
      ]),
    ),
  );
}

const DATASET_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GB',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

describe('each chart kind shows France, Germany and Denmark correctly', () => {
  it('bars: values as published, EU27 reference, "no data" for what the sources lack', async () => {
    const { page, errors } = await openKind('bars');
    const values = await markValues(page);
    expect(values).toMatchObject({
      'EU27|computer': '87.4',
      'EU27|internet': '68.8',
      'EU27|epr': '79.5',
      'FR|computer': '82.8',
      'FR|internet': '72.3',
      'FR|epr': '74.2',
      'DE|computer': '98.8',
      'DE|internet': '',
      'DE|epr': '',
    });
    // Denmark has none of the three 2007 figures: it is named under the chart, not drawn as hatching.
    expect(Object.keys(values).some((k) => k.startsWith('DK|'))).toBe(false);
    await expect(page.locator('figure .chart-note').first().textContent()).resolves.toBe('No data: Denmark.');
    await expect(
      page.locator('figure svg .mark[data-country="FR"][data-indicator="computer"] title').textContent(),
    ).resolves.toBe('France — GP practices using a computer: 82.8 % (2007)');
    await expect(
      page.locator('figure svg .mark[data-country="DE"][data-indicator="internet"] text').textContent(),
    ).resolves.toBe('no data');
    await expect(
      page.locator('figure svg .mark[data-country="DE"][data-indicator="internet"] title').textContent(),
    ).resolves.toMatch(/^Germany — GP practices with Internet access: no data for 2007/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gap: France 4.6 points below the EU27 average in computer use, Germany 11.4 above', async () => {
    const { page, errors } = await openKind('gap');
    const values = await markValues(page);
    expect(Object.keys(values).some((k) => k.startsWith('EU27|'))).toBe(false);
    expect(values).toMatchObject({
      'FR|computer': '-4.6',
      'FR|internet': '3.5',
      'FR|epr': '-5.3',
      'DE|computer': '11.4',
      'DE|internet': '',
    });
    expect(Object.keys(values).some((k) => k.startsWith('DK|'))).toBe(false);
    const mark = (c: string, i: string) =>
      page.locator(`figure svg .mark[data-country="${c}"][data-indicator="${i}"]`);
    await expect(mark('FR', 'computer').locator('text').textContent()).resolves.toBe('−4.6');
    await expect(mark('FR', 'internet').locator('text').textContent()).resolves.toBe('+3.5');
    await expect(mark('DE', 'internet').locator('text').textContent()).resolves.toBe('no data');
    await expect(page.locator('figure .chart-note').first().textContent()).resolves.toBe('No data: Denmark.');
    await expect(mark('FR', 'computer').locator('title').textContent()).resolves.toContain(
      '−4.6 percentage points against the EU27 average (82.8 % vs 87.4 %, 2007)',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ranking: every country with a value, highest first, selection highlighted; the rest named; a click toggles', async () => {
    const { page, errors } = await openKind('ranking');
    const marks = await page.$$eval('figure svg .mark', (ms) =>
      ms.map((m) => ({
        country: m.getAttribute('data-country') ?? '',
        indicator: m.getAttribute('data-indicator'),
        value: m.getAttribute('data-value') ?? '',
        selected: m.getAttribute('data-selected'),
      })),
    );
    expect(new Set(marks.map((m) => m.indicator))).toEqual(new Set(['computer']));
    expect(marks.filter((m) => m.selected === 'true').map((m) => m.country)).toEqual(['DE', 'FR']);
    // Only countries with a value are drawn, sorted descending; the others are named under the chart.
    expect(marks.every((m) => m.value !== '')).toBe(true);
    const withValue = marks;
    const note = (await page.locator('figure .chart-note').first().textContent()) ?? '';
    expect(note).toMatch(/^No data: .*Denmark/);
    const named = note.replace(/^No data: |\.$/g, '').split(', ');
    expect(marks.length + named.length).toBe(DATASET_COUNTRIES.length);
    const numbers = withValue.map((m) => Number(m.value));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(withValue[0]).toMatchObject({ country: 'DE', value: '98.8' });
    expect(marks.find((m) => m.country === 'FR')?.value).toBe('82.8');
    await expect(page.locator('figure svg .mark[data-country="FR"] title').textContent()).resolves.toMatch(
      /^Rank \d+: France — GP practices using a computer: 82\.8 % \(2007\) \(selected\)$/,
    );

    await page.locator('figure svg .mark[data-country="BE"] rect').click();
    await expect.poll(() => param(page, 'countries')).toBe('FR,DE,DK,BE');
    await expect(
      page.locator('figure svg .mark[data-country="BE"]').getAttribute('data-selected'),
    ).resolves.toBe('true');
    await page.locator('figure svg .mark[data-country="FR"] rect').click();
    await expect.poll(() => param(page, 'countries')).toBe('DE,DK,BE');
    await expect(
      page.locator('figure svg .mark[data-country="FR"]').getAttribute('data-selected'),
    ).resolves.toBe('false');
    expect(param(page, 'chart')).toBe('ranking');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('map: every dataset country has a titled shape, the selection is outlined, a click toggles it', async () => {
    const { page, errors } = await openKind('map');
    await page.waitForSelector('figure svg path.mark');
    const shapes = await page.$$eval('figure svg path.mark', (ps) =>
      ps.map((p) => ({
        country: p.getAttribute('data-country') ?? '',
        value: p.getAttribute('data-value'),
        selected: p.getAttribute('data-selected'),
        title: p.querySelector('title')?.textContent ?? '',
      })),
    );
    expect(shapes.map((s) => s.country).sort()).toEqual(DATASET_COUNTRIES);
    expect(shapes.every((s) => s.title.length > 0)).toBe(true);
    const byCountry = new Map(shapes.map((s) => [s.country, s]));
    expect(byCountry.get('FR')).toEqual({
      country: 'FR',
      value: '82.8',
      selected: 'true',
      title: 'France — GP practices using a computer: 82.8 % (2007)',
    });
    expect(byCountry.get('DE')).toMatchObject({ value: '98.8', selected: 'true' });
    expect(byCountry.get('DK')).toMatchObject({ value: '', selected: 'true' });
    expect(byCountry.get('DK')?.title).toMatch(/^Denmark — GP practices using a computer: no data for 2007/);
    expect(
      shapes
        .filter((s) => s.selected === 'true')
        .map((s) => s.country)
        .sort(),
    ).toEqual(['DE', 'DK', 'FR']);

    // Click inside Spain (at its centroid, where its keyboard hotspot sits): it joins the selection.
    // The keyboard hotspots follow a new layout (the chart's measured width after its estimate) a
    // commit after the map (src/charts/shared/MarkLayer.tsx): wait until the country's is over its shape.
    const hotspotOver = async (code: string) => {
      const box = await page.locator(`.mark-layer button[data-mark="${code}"]`).boundingBox();
      if (!box) return null;
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const hit = await page.evaluate(
        ([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.getAttribute('data-country'),
        [x, y],
      );
      return { x, y, hit };
    };
    const clickCountry = async (code: string) => {
      await expect.poll(async () => (await hotspotOver(code))?.hit).toBe(code);
      const spot = await hotspotOver(code);
      if (!spot) throw new Error(`no hotspot for ${code}`);
      await page.mouse.click(spot.x, spot.y);
    };
    await clickCountry('ES');
    await expect.poll(() => param(page, 'countries')).toBe('FR,DE,DK,ES');
    await expect(
      page.locator('figure svg path.mark[data-country="ES"]').getAttribute('data-selected'),
    ).resolves.toBe('true');
    await clickCountry('DE');
    await expect.poll(() => param(page, 'countries')).toBe('FR,DK,ES');
    await expect(
      page.locator('figure svg path.mark[data-country="DE"]').getAttribute('data-selected'),
    ).resolves.toBe('false');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scatter: France plotted at (82.8, 72.3); Germany and Denmark named under the chart, clear of the axis', async () => {
    const { page, errors } = await openKind('scatter');
    const points = await page.$$eval('figure svg .mark', (ms) =>
      ms.map((m) => [m.getAttribute('data-country'), m.getAttribute('data-value')]),
    );
    expect(points).toEqual([['FR', '82.8,72.3']]);
    await expect(page.locator('figure svg .mark[data-country="FR"] title').textContent()).resolves.toBe(
      'France — GP practices using a computer: 82.8 %; GP practices with Internet access: 72.3 % (2007)',
    );
    // The names are lines under the chart (HTML), no longer SVG text over the x-axis label.
    await expect(page.locator('figure svg[role="img"] text', { hasText: 'No data' }).count()).resolves.toBe(
      0,
    );
    await expect(page.locator('figure .chart-note').allTextContents()).resolves.toEqual([
      'No data: Denmark.',
      'Not plotted, only one of the two values: Germany.',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('table: a real table, EU27 first, values and gaps, "no data" cells, sortable columns', async () => {
    const { page, errors } = await openKind('table');
    const table = page.locator('figure table');
    const rowNames = () => table.locator('tbody tr > th[scope="row"]').allTextContents();
    expect(await rowNames()).toEqual(['EU27 average', 'France', 'Germany', 'Denmark']);
    const cells = (country: string, indicator: string) =>
      table.locator(`td[data-country="${country}"][data-indicator="${indicator}"]`).allTextContents();
    expect(await cells('EU27', 'computer')).toEqual(['87.4', '—']);
    expect(await cells('FR', 'computer')).toEqual(['82.8', '−4.6']);
    expect(await cells('FR', 'internet')).toEqual(['72.3', '+3.5']);
    expect(await cells('FR', 'epr')).toEqual(['74.2', '−5.3']);
    expect(await cells('DE', 'computer')).toEqual(['98.8', '+11.4']);
    expect(await cells('DE', 'internet')).toEqual(['no data', 'no data']);
    expect(await cells('DK', 'computer')).toEqual(['no data', 'no data']);

    const header = table.getByRole('columnheader', { name: /^Computer use \(%\)/ });
    await expect(header.getAttribute('aria-sort')).resolves.toBeNull();
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(await rowNames()).toEqual(['EU27 average', 'Germany', 'France', 'Denmark']);
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(await rowNames()).toEqual(['EU27 average', 'France', 'Germany', 'Denmark']);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('on a 390 px wide phone', () => {
  it('bars: no horizontal page overflow, the profile panel below the chart', async () => {
    const { page, errors } = await openKind('bars', { width: 390, height: 844 });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(391);
    const chart = await page.locator('figure.chart-figure').boundingBox();
    const profile = await page.getByRole('region', { name: 'France profile' }).boundingBox();
    if (!chart || !profile) throw new Error('chart or profile panel not laid out');
    expect(chart.x + chart.width).toBeLessThanOrEqual(391);
    expect(profile.y).toBeGreaterThanOrEqual(chart.y + chart.height);
    expect(profile.x + profile.width).toBeLessThanOrEqual(391);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['surveys', 'mouse'],
    ['ranking', 'mouse'],
    ['gap', 'mouse'],
    ['map', 'keyboard'],
  ])('%s: a tooltip at the edge of the chart stays inside the window (%s)', async (kind, input) => {
    const { page, errors } = await openKind(kind, { width: 390, height: 844 });
    // Marks at the edges: the first and last bars; on the map, Iceland (west) and Cyprus (east),
    // reached through their keyboard hotspots (a shape's box centre can fall in the sea).
    const targets =
      input === 'mouse'
        ? [page.locator('figure svg .mark').first(), page.locator('figure svg .mark').last()]
        : [page.locator('.mark-hotspot[data-mark="IS"]'), page.locator('.mark-hotspot[data-mark="CY"]')];
    const tip = page.getByRole('tooltip');
    for (const target of targets) {
      await target.scrollIntoViewIfNeeded();
      if (input === 'mouse') await target.hover({ force: true });
      else await target.focus();
      await tip.waitFor();
      await expect.poll(() => tip.evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
      const box = await tip.boundingBox();
      if (!box) throw new Error('tooltip not laid out');
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.y).toBeGreaterThanOrEqual(0);
      if (input === 'mouse') await page.mouse.move(0, 0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
