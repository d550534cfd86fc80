import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { PNG } from 'pngjs';
import { feature } from 'topojson-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { BarsChart } from '../../src/charts/bars/BarsChart';
import { GapChart } from '../../src/charts/gap/GapChart';
import type { EuropeGeometry } from '../../src/charts/map/layout';
import MapChart from '../../src/charts/map/MapChart';
import { RankingChart } from '../../src/charts/ranking/RankingChart';
import { ScatterChart } from '../../src/charts/scatter/ScatterChart';
import { SurveysChart } from '../../src/charts/surveys/SurveysChart';
import { TimeChart } from '../../src/charts/time/TimeChart';
import type { ChartProps } from '../../src/charts/types';
import { indexDataset } from '../../src/data/derive';
import type { Dataset } from '../../src/data/schema';
import type { ChartKind, ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { renderViewSvg } from '../../src/export/renderViewSvg';

/**
 * The edge tier's entry point (renderViewSvg) in node, where there is no DOM: every kind drawn at
 * 1200 × 630 from the real dataset (npm run data), and rasterised with resvg and Inter as the link
 * previews are.
 */

const root = join(import.meta.dirname, '..', '..');
const dataset = JSON.parse(readFileSync(join(root, 'public/data/indicators.json'), 'utf8')) as Dataset;
const index = indexDataset(dataset);
const topology = JSON.parse(readFileSync(join(root, 'public/data/europe.topo.json'), 'utf8'));
const geometry = feature(topology, topology.objects.countries) as unknown as EuropeGeometry;
const inter = readFileSync(
  join(root, 'node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
);
const interBold = readFileSync(join(root, 'node_modules/@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'));

const CHARTS: Record<Exclude<ChartKind, 'table'>, React.ComponentType<ChartProps>> = {
  surveys: SurveysChart,
  bars: BarsChart,
  gap: GapChart,
  ranking: RankingChart,
  map: MapChart,
  scatter: ScatterChart,
  time: TimeChart,
};
const KINDS: ChartKind[] = ['surveys', 'bars', 'gap', 'ranking', 'map', 'scatter', 'table', 'time'];

function viewOf(chart: ChartKind): ViewState {
  return {
    countries: ['FR', 'DE', 'DK'],
    indicators: chart === 'scatter' ? ['computer', 'internet'] : ['computer', 'internet', 'epr'],
    chart,
    profile: null,
    time: 'latest',
    embed: false,
  };
}

function render(chart: ChartKind, extra: Partial<Parameters<typeof renderViewSvg>[0]> = {}) {
  const model = buildViewModel(index, viewOf(chart));
  return renderViewSvg({
    index,
    model,
    Chart: chart === 'table' ? null : CHARTS[chart],
    width: 1200,
    height: 630,
    link: `https://example.org/?chart=${chart}`,
    fontFamily: 'Inter',
    geometry,
    ...extra,
  });
}

const rootTag = (markup: string) => /<svg [^>]*>/.exec(markup)?.[0] ?? '';
const attr = (tag: string, name: string) => new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

beforeAll(async () => {
  await initWasm(readFileSync(join(root, 'node_modules/@resvg/resvg-wasm/index_bg.wasm')));
});

// Rasterising is slow on a busy machine (the first image loads the fonts).
describe('renderViewSvg (no DOM)', { timeout: 60_000 }, () => {
  it('runs where there is no window or document', () => {
    expect(typeof globalThis.document).toBe('undefined');
    expect(typeof globalThis.window).toBe('undefined');
  });

  for (const kind of KINDS) {
    it(`${kind}: a 1200 × 630 image in Inter, with the view's title, chart and source line`, () => {
      const model = buildViewModel(index, viewOf(kind));
      const markup = render(kind);
      expect(markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
      const tag = rootTag(markup);
      expect(attr(tag, 'xmlns')).toBe('http://www.w3.org/2000/svg');
      expect([attr(tag, 'width'), attr(tag, 'height')]).toEqual(['1200', '630']);
      expect(attr(tag, 'font-family')).toBe('Inter');
      // The chart is drawn inside the frame: the nested <svg role="img"> with its text alternative.
      expect(markup.match(/<svg [^>]*role="img"/g)?.length).toBe(2);
      expect(markup).toContain(`<title>${model.title.replace(/&/g, '&amp;')}</title>`);
      expect(markup).toContain(`>${model.sourceLine.slice(0, 40).replace(/&/g, '&amp;')}`);
      // Nothing of the page's keyboard layer or controls.
      expect(markup).not.toMatch(/<(button|div|input|p|fieldset)\b/);

      const png = new Resvg(markup, {
        font: { fontBuffers: [inter, interBold], defaultFontFamily: 'Inter', loadSystemFonts: false },
      }).render();
      expect([png.width, png.height]).toEqual([1200, 630]);
      const pixels = PNG.sync.read(Buffer.from(png.asPng()));
      let dark = 0;
      for (let i = 0; i < pixels.data.length; i += 4) if ((pixels.data[i] ?? 255) < 100) dark += 1;
      // Text and marks are drawn (a blank or unreadable image would be all white).
      expect(dark).toBeGreaterThan(2000);
    });
  }

  it('without a height, is as tall as its frame and writes the default fonts', () => {
    const markup = render('bars', { height: undefined, fontFamily: undefined });
    const tag = rootTag(markup);
    expect(attr(tag, 'width')).toBe('1200');
    expect(Number(attr(tag, 'height'))).toBeGreaterThan(300);
    expect(attr(tag, 'viewBox')).toBe(`0 0 1200 ${attr(tag, 'height')}`);
    expect(attr(tag, 'font-family')).toContain('DejaVu Sans');
  });

  it('keeps hostile text as text', () => {
    const model = buildViewModel(index, viewOf('bars'));
    const markup = renderViewSvg({
      index,
      model: { ...model, title: '<script>alert(1)</script> & "x"' },
      Chart: BarsChart,
      width: 1200,
      link: 'https://example.org/?a=<b>',
    });
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(markup).not.toContain('<b>');
  });

  it('says so when a kind is asked for without its component', () => {
    expect(() => render('bars', { Chart: null })).toThrow(/no component/);
  });
});
