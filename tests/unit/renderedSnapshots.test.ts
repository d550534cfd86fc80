import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BriefChart } from '../../src/brief/BriefChart';
import { briefChartGroups } from '../../src/brief/briefChartRows';
import { europeGeometryQuery } from '../../src/charts/map/geometryQuery';
import { ChartSvg } from '../../src/charts/shared/ChartSvg';
import { viewColours } from '../../src/charts/shared/palette';
import type { ChartProps } from '../../src/charts/types';
import type { ChartKind, ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { drawChart } from '../../src/export/composeFrame';
import { renderViewSvg } from '../../src/export/renderViewSvg';
import { CHART_COMPONENTS } from './chartComponents';
import { prettyMarkup } from './prettyMarkup';
import { realGeometry, realIndex, root } from './realDataset';

/**
 * Rendered snapshots (issue 27): what each chart kind draws for a few views of the real dataset
 * (public/data/indicators.json, built by `npm run data`), the brief's chart and the export frame,
 * one file per fixture in tests/output/, pretty-printed with rounded numbers. A change in what a
 * reader or a screen reader gets shows as a diff there, reviewed like code; `npx vitest run -u`
 * rewrites the files after an intended change.
 */

const index = realIndex;
const geometry = realGeometry;
const WIDTH = 800;
const LINK = 'https://example.org/';
const CORE = ['computer', 'internet', 'epr'];
const LANDING = 'AT CZ DK FR DE GR IT NL SK ES SE GB'.split(' ');

const CHARTS = CHART_COMPONENTS;

const view = (chart: ChartKind, countries: string[], indicators: string[], more: Partial<ViewState> = {}) =>
  ({ countries, indicators, chart, profile: null, time: 'latest', embed: false, ...more }) as ViewState;

/** Two or three views per kind: the core view, and one with more countries, other surveys or a profile;
 * for the kinds that write values beside their marks, one with `labels=1`. */
const FIXTURES: Record<string, ViewState> = {
  'surveys-default': view('surveys', LANDING, CORE),
  'surveys-profile': view('surveys', ['FR', 'DE', 'NL'], ['computer', 'cmwf_emr', 'ec2018_eprescribing'], {
    profile: 'FR',
  }),
  'surveys-labels': view('surveys', ['FR', 'DE', 'DK', 'SE'], CORE, { labels: true }),
  'bars-default': view('bars', ['EU27', 'FR', 'DE', 'DK'], CORE),
  'bars-mixed': view('bars', ['FR', 'DE', 'NL', 'SE'], ['computer', 'cmwf_emr', 'ec2018_eprescribing'], {
    profile: 'DE',
  }),
  'bars-many': view('bars', LANDING, ['eprescribing', 'broadband', 'consultation', 'lab_results']),
  'gap-default': view('gap', ['FR', 'DE', 'DK'], CORE),
  'gap-many': view('gap', LANDING, ['eprescribing', 'broadband']),
  'ranking-default': view('ranking', ['FR', 'DE', 'DK'], ['computer']),
  'ranking-profile': view('ranking', ['SE', 'IT'], ['ec2018_eprescribing'], { profile: 'SE' }),
  'map-default': view('map', ['FR', 'DE', 'DK'], ['computer']),
  'map-profile': view('map', ['IT'], ['ec2018_eprescribing'], { profile: 'IT' }),
  'map-labels': view('map', ['FR', 'DE', 'DK'], ['computer'], { labels: true }),
  'scatter-default': view('scatter', ['FR', 'DE', 'DK'], ['computer', 'internet']),
  'scatter-many': view('scatter', LANDING, ['computer', 'internet'], { profile: 'NL' }),
  'table-default': view('table', ['EU27', 'FR', 'DE', 'DK'], CORE),
  'table-mixed': view('table', ['FR', 'DE', 'GB'], ['computer', 'cmwf_emr']),
  'time-default': view('time', ['FR', 'DE', 'DK', 'SE', 'IT', 'ES', 'PL'], ['computer']),
  'time-surveys': view('time', ['FR', 'DE', 'NL', 'GB'], ['computer', 'cmwf_emr']),
  'time-labels': view('time', ['FR', 'DE', 'DK', 'SE'], CORE, { labels: true }),
};

const noop = () => undefined;

function chartElement(name: string, v: ViewState, capture?: ChartProps['capture']): ReactElement {
  const model = buildViewModel(index, v);
  const colours = viewColours(
    v.indicators,
    index.dataset.indicators.map((i) => i.id),
  );
  const client = new QueryClient();
  client.setQueryData(europeGeometryQuery.queryKey, geometry);
  const props: ChartProps = {
    index,
    model,
    colours,
    width: WIDTH,
    showTip: noop,
    hideTip: noop,
    openProfile: noop,
    toggleCountry: noop,
    ...(capture ? { capture } : {}),
  };
  const chart = CHARTS[v.chart];
  if (!chart) throw new Error(`${name}: no chart`);
  return createElement(QueryClientProvider, { client }, createElement(chart, props));
}

/** A kind's <svg> as on screen, standalone (xmlns added, so the file opens as an image). */
function chartSvg(name: string, v: ViewState): string {
  const { label, width, height, children } = drawChart(renderToStaticMarkup, (capture) =>
    chartElement(name, v, capture),
  );
  const markup = renderToStaticMarkup(createElement(ChartSvg, { label, width, height, children }));
  return markup.replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ');
}

const output = (file: string) => join(root, 'tests', 'output', file);

describe('rendered snapshots', () => {
  for (const [name, v] of Object.entries(FIXTURES)) {
    const table = v.chart === 'table';
    it(`${name}: the ${v.chart} chart as drawn`, async () => {
      const markup = table ? renderToStaticMarkup(chartElement(name, v)) : chartSvg(name, v);
      await expect(prettyMarkup(markup)).toMatchFileSnapshot(output(`${name}.${table ? 'html' : 'svg'}`));
    });
  }

  for (const country of ['FR', 'DK']) {
    it(`brief-${country}: the brief's chart`, async () => {
      const name = index.countries.get(country)?.name ?? country;
      const markup = renderToStaticMarkup(
        createElement(BriefChart, {
          groups: briefChartGroups(index, country),
          countryName: name,
          surveys: index.dataset.surveys,
        }),
      );
      await expect(prettyMarkup(markup)).toMatchFileSnapshot(output(`brief-${country}.html`));
    });
  }

  for (const name of ['bars-default', 'time-default', 'table-default']) {
    it(`export-${name}: the export frame around the chart`, async () => {
      const v = FIXTURES[name] as ViewState;
      const markup = renderViewSvg({
        index,
        model: buildViewModel(index, v),
        Chart: v.chart === 'table' ? null : CHARTS[v.chart],
        width: 1000,
        link: `${LINK}?chart=${v.chart}`,
      });
      await expect(prettyMarkup(markup.replace(/^<\?xml[^>]*>\n/, ''))).toMatchFileSnapshot(
        output(`export-${name}.svg`),
      );
    });
  }
});
