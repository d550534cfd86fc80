import { readFileSync, statSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type TestPage, waitForChart } from './harness';

const browser = startBrowser();

const KINDS = ['surveys', 'bars', 'gap', 'ranking', 'map', 'scatter', 'table'] as const;
type Kind = (typeof KINDS)[number];
const CORE = ['computer', 'internet', 'epr'];
const SELECTED = ['FR', 'DE', 'DK'];
/** Every country of the dataset (ranking and map show them all), EU27 excluded. */
const DATASET_COUNTRIES =
  'AT BE BG CY CZ DK EE FI FR DE GR HR HU IS IE IT LV LT LU MT NL NO PL PT RO SK SI ES SE CH GB'.split(' ');

/** What each kind shows: the CSV holds one row per country × indicator of it. */
const SHOWN: Record<Exclude<Kind, 'surveys'>, { countries: string[]; indicators: string[] }> = {
  bars: { countries: ['EU27', ...SELECTED], indicators: CORE },
  gap: { countries: SELECTED, indicators: CORE },
  ranking: { countries: DATASET_COUNTRIES, indicators: ['computer'] },
  map: { countries: DATASET_COUNTRIES, indicators: ['computer'] },
  scatter: { countries: SELECTED, indicators: ['computer', 'internet'] },
  table: { countries: ['EU27', ...SELECTED], indicators: CORE },
};

interface Downloaded {
  name: string;
  path: string;
  bytes: number;
  ms: number;
}

/** Clicks a download button and waits for the file on disk; times the whole round trip. */
async function downloadVia(page: Page, button: string): Promise<Downloaded> {
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  const ms = performance.now() - started;
  expect(await download.failure()).toBeNull();
  return { name: download.suggestedFilename(), path, bytes: statSync(path).size, ms };
}

interface SvgReport {
  error: string | null;
  rootName: string;
  xmlns: string | null;
  width: number;
  title: string;
  frameText: string;
  sourceLine: string | null;
  allText: string;
  marks: number;
  forbidden: string[];
  externalRefs: string[];
  danglingRefs: string[];
  chart: { x: number; y: number; width: number; height: number } | null;
}

/** Parses the exported SVG with the browser's own DOMParser and reports what a reader would check. */
function inspectSvg(page: Page, markup: string): Promise<SvgReport> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const parserError = doc.getElementsByTagName('parsererror')[0];
    const ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.id));
    const externalRefs: string[] = [];
    const danglingRefs: string[] = [];
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const isHref = attr.localName === 'href' || attr.localName === 'src';
        if (isHref && !attr.value.startsWith('#'))
          externalRefs.push(`${el.localName} ${attr.name}=${attr.value}`);
        if (isHref && attr.value.startsWith('#') && !ids.has(attr.value.slice(1)))
          danglingRefs.push(`${el.localName} ${attr.name}=${attr.value}`);
        for (const ref of attr.value.matchAll(/url\(\s*['"]?([^)'"]*)/g)) {
          const target = ref[1] ?? '';
          if (!target.startsWith('#')) externalRefs.push(`${el.localName} ${attr.name}=${attr.value}`);
          else if (!ids.has(target.slice(1))) danglingRefs.push(`${el.localName} ${attr.name}=${attr.value}`);
        }
      }
    }
    for (const style of doc.querySelectorAll('style')) {
      if (/@import|url\(\s*['"]?(https?:|\/\/)/.test(style.textContent ?? ''))
        externalRefs.push(`style: ${style.textContent}`);
    }
    const frameTexts = [...root.children]
      .filter((c) => c.localName === 'text')
      .map((t) => t.textContent ?? '');
    const chart = [...root.children].find((c) => c.localName === 'svg');
    const num = (name: string) => Number(chart?.getAttribute(name));
    return {
      error: parserError ? (parserError.textContent ?? 'parse error') : null,
      rootName: root.localName,
      xmlns: root.getAttribute('xmlns'),
      width: Number(root.getAttribute('width')),
      title: [...root.children].find((c) => c.localName === 'title')?.textContent ?? '',
      frameText: frameTexts.join(' '),
      sourceLine: frameTexts.find((t) => t.startsWith('Data:')) ?? null,
      allText: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
      marks: doc.querySelectorAll('.mark').length,
      forbidden: [...doc.querySelectorAll('image, script, foreignObject, iframe, object, embed')].map(
        (e) => e.localName,
      ),
      externalRefs,
      danglingRefs,
      chart: chart ? { x: num('x'), y: num('y'), width: num('width'), height: num('height') } : null,
    };
  }, markup);
}

/** Share of non-white pixels and number of distinct colours inside a rectangle of the PNG. */
function inkIn(png: PNG, box: { x: number; y: number; width: number; height: number }) {
  let ink = 0;
  let total = 0;
  const colours = new Set<number>();
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(png.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(png.height, Math.ceil(box.y + box.height));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      const [r = 0, g = 0, b = 0] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      total++;
      if (r < 245 || g < 245 || b < 245) ink++;
      colours.add((r << 16) | (g << 8) | b);
    }
  }
  return { share: ink / Math.max(1, total), colours: colours.size };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const TAB_NAMES: Record<Kind, string> = {
  surveys: 'All surveys',
  bars: 'Bars',
  gap: 'Gap to EU average',
  ranking: 'Ranking',
  map: 'Map',
  scatter: 'Scatter',
  table: 'Table',
};

describe('exports of the FR/DE/DK view with the three core indicators', () => {
  // One page for all kinds: the deep link opens once, then each test picks its chart type.
  let opened: TestPage;
  beforeAll(async () => {
    opened = await browser.open(
      '/?countries=FR,DE,DK&indicators=computer,internet,epr&chart=bars&profile=FR',
    );
    await waitForChart(opened.page);
  });
  afterAll(async () => {
    await opened?.page.context().close();
  });

  it.for(KINDS)(
    '%s: PNG, SVG and CSV downloads are complete, self-contained and named after the view',
    async (kind) => {
      const { page, errors } = opened;
      await page.getByRole('tab', { name: TAB_NAMES[kind] }).click();
      await expect
        .poll(() => new URL(page.url()).search)
        .toBe(`?countries=FR,DE,DK&indicators=computer,internet,epr&chart=${kind}&profile=FR`);
      await page
        .locator(kind === 'table' ? 'figure table td' : 'figure svg .mark')
        .first()
        .waitFor();
      const title = (await page.locator('figure .chart-title').textContent()) ?? '';
      expect(title.length).toBeGreaterThan(10);

      // SVG
      const svg = await downloadVia(page, 'Download SVG');
      expect(svg.name).toBe(`epsos-indicators_${kind}_FR-DE-DK.svg`);
      const svgText = readFileSync(svg.path, 'utf8');
      const report = await inspectSvg(page, svgText);
      expect(report.error).toBeNull();
      expect(report.rootName).toBe('svg');
      expect(report.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(report.title).toBe(title);
      expect(report.frameText).toContain(title);
      expect(report.sourceLine).toMatch(/^Data: \S/);
      if (kind === 'table') {
        expect(report.allText).toContain('France');
        expect(report.allText).toContain('82.8');
      } else {
        expect(report.marks).toBeGreaterThan(0);
      }
      expect(report.forbidden).toEqual([]);
      expect(report.externalRefs).toEqual([]);
      expect(report.danglingRefs).toEqual([]);

      // PNG
      const png = await downloadVia(page, 'Download PNG');
      expect(png.name).toBe(`epsos-indicators_${kind}_FR-DE-DK.png`);
      const image = PNG.sync.read(readFileSync(png.path));
      expect(image.width).toBeGreaterThanOrEqual(1200);
      const scale = image.width / report.width;
      if (!report.chart) throw new Error('the exported SVG has no chart');
      const chartArea = {
        x: report.chart.x * scale,
        y: report.chart.y * scale,
        width: report.chart.width * scale,
        height: report.chart.height * scale,
      };
      const inChart = inkIn(image, chartArea);
      expect(inChart.share).toBeGreaterThan(0.01);
      expect(inChart.colours).toBeGreaterThan(5);
      const whole = inkIn(image, { x: 0, y: 0, width: image.width, height: image.height });
      expect(whole.share).toBeLessThan(0.9);

      // CSV
      const csv = await downloadVia(page, 'Download CSV');
      expect(csv.name).toBe(`epsos-indicators_${kind}_FR-DE-DK.csv`);
      const rows = csvParse(readFileSync(csv.path, 'utf8'));
      if (kind === 'surveys') {
        // One row per mark: as many rows as marks drawn, each with its concept, survey and source.
        expect(rows.columns.slice(0, 8)).toEqual([
          'country',
          'country_name',
          'concept',
          'survey',
          'indicator',
          'indicator_label',
          'year',
          'value_percent',
        ]);
        expect(rows).toHaveLength(await page.locator('figure svg .survey-mark').count());
        expect(rows.every((r) => r.value_percent !== '' && r.source !== '' && r.survey !== '')).toBe(true);
        expect(rows.find((r) => r.country === 'FR' && r.indicator === 'computer')).toMatchObject({
          concept: 'Computer use',
          survey: 'Benchmarking ICT use among General Practitioners in Europe (Pilot on eHealth Indicators)',
          year: '2007',
          value_percent: '82.8',
        });
        expect(new Set(rows.map((r) => r.concept))).toEqual(
          new Set(['Computer use', 'Internet access', 'Electronic records']),
        );
        await expect.poll(() => page.locator('.export-status').textContent()).toBe('CSV downloaded');
        expect(errors).toEqual([]);
        return;
      }
      expect(rows.columns).toEqual([
        'country',
        'country_name',
        'indicator',
        'indicator_label',
        'survey',
        'year',
        'value_percent',
        'reference_average',
        'reference_percent',
        'gap_points',
        'source',
        'other_sources',
        'where',
        'conflict',
        'note',
      ]);
      const { countries, indicators } = SHOWN[kind];
      expect(rows).toHaveLength(countries.length * indicators.length);
      expect(new Set(rows.map((r) => `${r.country}|${r.indicator}`))).toEqual(
        new Set(countries.flatMap((c) => indicators.map((i) => `${c}|${i}`))),
      );
      const france = rows.find((r) => r.country === 'FR' && r.indicator === 'computer');
      expect(france).toMatchObject({
        country_name: 'France',
        survey: 'Benchmarking ICT use among General Practitioners in Europe (Pilot on eHealth Indicators)',
        value_percent: '82.8',
        reference_average: 'EU27',
        reference_percent: '87.4',
        gap_points: '-4.6',
        year: '2007',
      });
      expect(france?.source).toMatch(/\S{3}/);
      expect(rows.every((r) => r.value_percent !== '' || r.note !== '')).toBe(true);

      if (kind === 'bars') {
        console.log(
          `[export report] bars FR-DE-DK: PNG ${Math.round(png.ms)} ms, ${kb(png.bytes)} (${image.width}×${image.height}); ` +
            `SVG ${Math.round(svg.ms)} ms, ${kb(svg.bytes)}; CSV ${Math.round(csv.ms)} ms, ${kb(csv.bytes)}`,
        );
      }
      // Said once the export's promise settles: a render after the download has begun.
      await expect.poll(() => page.locator('.export-status').textContent()).toBe('CSV downloaded');
      expect(errors).toEqual([]);
    },
  );
});

describe('when there is no chart to export', () => {
  it('a scatter with one indicator: image exports disabled with the reason, CSV still downloads', async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=computer&chart=scatter');
    await page.getByText('The scatter chart needs two indicators').first().waitFor();
    const png = page.getByRole('button', { name: 'Download PNG' });
    const hint = 'The scatter chart needs two indicators before it can be exported as an image.';
    await expect(png.isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Download SVG' }).isDisabled()).resolves.toBe(true);
    // The reason is visible and is the buttons' accessible description.
    await expect(
      png.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).textContent()),
    ).resolves.toBe(hint);
    const csv = await downloadVia(page, 'Download CSV');
    expect(csv.name).toBe('epsos-indicators_scatter_FR-DE.csv');
    await expect.poll(() => page.locator('.export-status').textContent()).toBe('CSV downloaded');
    // A second indicator makes the chart, and the image exports come back.
    await page.goto(page.url().replace('indicators=computer', 'indicators=computer,internet'));
    await page.locator('figure svg .mark').first().waitFor();
    await expect(png.isDisabled()).resolves.toBe(false);
    expect(await page.getByText(hint).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('no indicator: every file export is disabled and says to pick one', async () => {
    const { page, errors } = await browser.open('/?countries=FR,DE&indicators=&chart=bars');
    await page.getByText('Pick at least one indicator to draw a chart.').waitFor();
    for (const name of ['Download PNG', 'Download SVG', 'Download CSV']) {
      await expect(page.getByRole('button', { name }).isDisabled()).resolves.toBe(true);
    }
    await expect(page.locator('.export-hint').textContent()).resolves.toMatch(/^Pick at least one indicator/);
    await expect(page.getByRole('button', { name: 'Copy link' }).isDisabled()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });
});
