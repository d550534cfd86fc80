import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { europeGeometryQuery } from '../../src/charts/map/geometryQuery';
import { viewColours } from '../../src/charts/shared/palette';
import type { ChartProps } from '../../src/charts/types';
import type { ChartKind, ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { CHART_COMPONENTS } from './chartComponents';
import { realGeometry, realIndex } from './realDataset';

/**
 * The text alternative of each chart kind (its <svg>'s aria-label, what a screen reader reads) counts
 * in words: "1 indicator", "the 1 selected country", "1 country without data is named", never
 * "indicator(s)" or "1 countries" (issue 26 item 9: plurals right).
 */

const noop = () => undefined;

function description(v: ViewState): string {
  const client = new QueryClient();
  client.setQueryData(europeGeometryQuery.queryKey, realGeometry);
  const props: ChartProps = {
    index: realIndex,
    model: buildViewModel(realIndex, v),
    colours: viewColours(
      v.indicators,
      realIndex.dataset.indicators.map((i) => i.id),
    ),
    width: 800,
    showTip: noop,
    hideTip: noop,
    openProfile: noop,
    toggleCountry: noop,
  };
  const markup = renderToStaticMarkup(
    createElement(QueryClientProvider, { client }, createElement(CHART_COMPONENTS[v.chart], props)),
  );
  const label = /<svg [^>]*role="img"[^>]*aria-label="([^"]*)"/.exec(markup)?.[1];
  if (label === undefined) throw new Error(`${v.chart}: no described chart`);
  return label.replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
}

const view = (chart: ChartKind, countries: string[], indicators: string[]): ViewState =>
  ({ countries, indicators, chart, profile: null, time: 'latest', embed: false }) as ViewState;

/** A number 1 before a plural noun, a "(s)", or a space before a comma or another space. */
const WRONG = /\b1 (countries|indicators|surveys|selected countries|countries without)\b|\(s\)| ,|\s{2}/;

describe('chart descriptions count in words', () => {
  // One country (France, with a figure) and one indicator (two for the scatter chart).
  const one: [ChartKind, string[]][] = [
    ['bars', ['computer']],
    ['gap', ['computer']],
    ['ranking', ['computer']],
    ['map', ['computer']],
    ['scatter', ['computer', 'internet']],
    ['surveys', ['computer']],
    ['time', ['cmwf_emr']],
  ];
  for (const [kind, indicators] of one) {
    it(`${kind}: one selected country and one indicator`, () => {
      const text = description(view(kind, ['FR'], indicators));
      expect(text).not.toMatch(WRONG);
    });
  }

  it('bars: "1 indicator for 1 of the 2 selected countries … the 1 country without data is named"', () => {
    // Denmark has no 2007 figure for computer use.
    expect(description(view('bars', ['FR', 'DK'], ['computer']))).toMatch(
      /^Grouped bar chart: 1 indicator for 1 of the 2 selected countries and the .+; the 1 country without data is named below the chart\.$/,
    );
    expect(description(view('bars', ['FR'], ['computer', 'internet']))).toMatch(
      /^Grouped bar chart: 2 indicators for 1 of the 1 selected country /,
    );
  });

  it('ranking: "the 1 selected country is highlighted"', () => {
    expect(description(view('ranking', ['FR'], ['computer']))).toMatch(
      /; the 1 selected country is highlighted and /,
    );
  });

  it('All surveys: "1 country without any figure is named below the chart"', () => {
    // Slovakia: no figure on computer use in any survey (the landing view names it).
    expect(description(view('surveys', ['FR', 'SK'], ['computer']))).toMatch(
      / 1 country without any figure is named below the chart\.$/,
    );
  });

  it('map: the wave follows the count, with no space before its comma', () => {
    expect(description(view('map', ['FR'], ['computer']))).toMatch(
      /^Map of Europe shaded by .+ in \d+ countries(, [^(]+)? \(darker is higher/,
    );
  });
});
