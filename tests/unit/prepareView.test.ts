import { describe, expect, it } from 'vitest';
import type { ChartKind } from '../../src/data/chartRegistry';
import { indexDataset } from '../../src/data/derive';
import { viewModelSteps } from '../../src/data/prepareView';
import type { ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { realIndex } from './realDataset';

/** A new index of the real dataset (nothing resolved in it yet) that counts its figure look-ups. */
function countingIndex() {
  const index = indexDataset(realIndex.dataset);
  const reads = { n: 0 };
  const figures = new Map(index.figures);
  const get = figures.get.bind(figures);
  figures.get = (key) => {
    reads.n += 1;
    return get(key);
  };
  return { index: { ...index, figures }, reads };
}

const view = (chart: ChartKind): ViewState => ({
  countries: realIndex.dataset.countries.filter((c) => !c.aggregate).map((c) => c.code),
  indicators: realIndex.dataset.indicators.slice(0, 12).map((i) => i.id),
  chart,
  profile: null,
  time: 'latest',
  embed: false,
});

describe("a view's model prepared in steps (issue 26: Over time after a large import)", () => {
  it.each(['time', 'surveys'] as const)(
    'on %s pauses between its parts, and the model built after them reads its cells back, unchanged',
    (chart) => {
      const cold = countingIndex();
      const expected = buildViewModel(cold.index, view(chart));
      const warm = countingIndex();
      let pauses = 0;
      for (const steps = viewModelSteps(warm.index, view(chart)); !steps.next().done; ) pauses += 1;
      // Over time: a pause after each indicator's lines, besides those between the parts.
      expect(pauses).toBeGreaterThanOrEqual(chart === 'time' ? 12 + 2 : 2);
      warm.reads.n = 0;
      const model = buildViewModel(warm.index, view(chart));
      expect(model).toEqual(expected);
      // The cells were resolved in the steps (Over time's every wave, All surveys' rows), so the
      // model's build looks up a few figures (each indicator's average), not every cell's again.
      expect(cold.reads.n).toBeGreaterThan(500);
      expect(warm.reads.n).toBeLessThan(cold.reads.n / 10);
    },
  );

  it('does nothing for a kind whose model is quick (one wave per indicator), but the coverage', () => {
    const warm = countingIndex();
    let pauses = 0;
    for (const steps = viewModelSteps(warm.index, view('bars')); !steps.next().done; ) pauses += 1;
    expect(pauses).toBe(1);
    expect(warm.reads.n).toBe(0);
  });
});
