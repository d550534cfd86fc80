import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Legend } from '../../src/charts/shared/Legend';
import { legendItems } from '../../src/charts/shared/legendItems';
import { viewColours } from '../../src/charts/shared/palette';
import type { ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { renderViewSvg } from '../../src/export/renderViewSvg';
import { CHART_COMPONENTS } from './chartComponents';
import { realIndex as index } from './realDataset';

/** The legend's swatches are one component on screen and in the export (the dashed one was 28 px
 * on screen and 18 px in the export). */

const view = (chart: ViewState['chart'], countries: string[], indicators: string[]): ViewState => ({
  countries,
  indicators,
  chart,
  profile: null,
  time: 'latest',
  embed: false,
});

/** Each swatch's markup, in order: the <svg aria-hidden> of a legend item. */
const swatches = (markup: string) =>
  [
    ...markup.matchAll(
      /<svg (?:x="[^"]*" y="[^"]*" )?(width="\d+" height="12" aria-hidden="true"[^>]*>.*?<\/svg>)/g,
    ),
  ].map((m) => m[1] ?? '');

describe('one legend swatch for screen and export', () => {
  for (const [name, v] of [
    [
      'over time (survey symbols, dashed average, a note without swatch)',
      view('time', 'BE FR DE IE IT LV MT PL'.split(' '), ['computer']),
    ],
    [
      'bars (patterns past six indicators, no data)',
      view(
        'bars',
        ['FR', 'DE'],
        ['computer', 'internet', 'epr', 'broadband', 'consultation', 'lab_results', 'eprescribing'],
      ),
    ],
    ['all surveys (symbols)', view('surveys', ['FR', 'DE'], ['computer', 'cmwf_emr'])],
  ] as const) {
    it(`${name}: the export draws the screen's swatches`, () => {
      const model = buildViewModel(index, v);
      const colours = viewColours(
        v.indicators,
        index.dataset.indicators.map((i) => i.id),
      );
      const items = legendItems(model, colours);
      expect(items.length).toBeGreaterThan(1);
      const screen = swatches(renderToStaticMarkup(createElement(Legend, { items })));
      const exported = swatches(
        renderViewSvg({
          index,
          model,
          colours,
          Chart: CHART_COMPONENTS[v.chart],
          width: 1200,
          link: 'https://x.test/',
        }),
      );
      // A note (Over time: surveys differ in question and base) is a line of text without a swatch.
      expect(screen).toHaveLength(items.filter((i) => i.kind !== 'note').length);
      expect(exported).toEqual(screen);
    });
  }

  it('the dashed line of an average over time is 28 px wide in both', () => {
    const model = buildViewModel(index, view('time', ['FR', 'DE'], ['computer']));
    const markup = renderViewSvg({
      index,
      model,
      Chart: CHART_COMPONENTS.time,
      width: 1200,
      link: 'https://x.test/',
    });
    expect(swatches(markup).find((s) => s.includes('stroke-dasharray="6 4"'))).toMatch(/^width="28"/);
  });
});
