import { describe, expect, it } from 'vitest';
import { legendItems } from '../../src/charts/shared/legendItems';
import { viewColours } from '../../src/charts/shared/palette';
import { indexDataset } from '../../src/data/derive';
import type { ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { index, indicators, makeDataset } from './fixtures';

const view = (partial: Partial<ViewState>): ViewState => ({
  countries: ['FR', 'DE', 'GB'],
  indicators: ['computer'],
  chart: 'bars',
  profile: null,
  time: 'latest',
  embed: false,
  ...partial,
});
const colours = (ids: string[]) =>
  viewColours(
    ids,
    index.dataset.indicators.map((i) => i.id),
  );

describe('legendItems', () => {
  it('Over time: one key per survey, the averages dashed, and a line that surveys differ (issue 25.1)', () => {
    const items = legendItems(buildViewModel(index, view({ chart: 'time' })), colours(['computer']));
    const survey = index.indicators.get('computer')?.surveyId;
    expect(items.map((i) => [i.key, i.kind])).toEqual([
      [`survey-${survey}`, 'symbol'],
      ['average', 'dashed'],
      ['surveys-differ', 'note'],
    ]);
    expect(items.at(-1)?.label).toMatch(/Surveys differ in question and base/);
  });

  it('Over time: countries are told apart by their labels, not by colours that run out (no dotted key)', () => {
    const model = buildViewModel(
      index,
      view({ chart: 'time', countries: ['XA', 'XB', 'XC', 'XD', 'GB', 'FR', 'DE'] }),
    );
    expect(legendItems(model, colours(['computer'])).some((i) => i.kind === 'dotted')).toBe(false);
  });

  it('bars: the seventh indicator keeps the first colour and shows its pattern in the legend (issue 17.6)', () => {
    const base = indicators[0] as (typeof indicators)[number];
    const seven = Array.from({ length: 7 }, (_, k) => ({
      ...base,
      id: `ind${k + 1}`,
      shortLabel: `Indicator ${k + 1}`,
    }));
    const many = indexDataset(makeDataset({ indicators: seven }));
    const ids = seven.map((i) => i.id);
    const model = buildViewModel(many, view({ indicators: ids }));
    const items = legendItems(model, viewColours(ids, ids));
    const swatches = items.filter((i) => ids.includes(i.key));
    expect(swatches).toHaveLength(7);
    expect(swatches.slice(0, 6).every((i) => i.fill === undefined)).toBe(true);
    expect(swatches[6]).toMatchObject({ colour: swatches[0]?.colour, fill: 'url(#series-pattern-6)' });
  });
});
