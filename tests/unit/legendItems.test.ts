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
  it('Over time: the average is a dashed line with hollow points, not a tick (issue 21.9)', () => {
    const items = legendItems(buildViewModel(index, view({ chart: 'time' })), colours(['computer']));
    expect(items).toEqual([expect.objectContaining({ label: 'EU27 average (dashed)', kind: 'dashed' })]);
    // With three countries, no colour repeats: no entry for the dotted lines.
    expect(items.some((i) => i.kind === 'dotted')).toBe(false);
  });

  it('Over time: colours go by the countries drawn, so seven selected with three drawn repeat none', () => {
    const model = buildViewModel(
      index,
      view({ chart: 'time', countries: ['XA', 'XB', 'XC', 'XD', 'GB', 'FR', 'DE'] }),
    );
    expect(model.drawnCountries.length).toBeLessThanOrEqual(6);
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
