import { CHART_KIND } from './chartRegistry';
import { coverageOf } from './coverage';
import { comparisonCell, type DatasetIndex } from './derive';
import { surveyPanels } from './surveyPanels';
import { timePanels } from './timeSeries';
import type { ViewState } from './view';
import { shownIndicator } from './viewModel';

/**
 * The slow parts of a view's model on a new index, resolved ahead in steps (a generator: the caller
 * runs it in slices, src/data/indexInSlices.ts `inSlices`), so that the render that builds the model
 * (buildViewModel) finds them in the index's caches. After a 50,000-row import, Over time's every
 * wave of every line (5,600 cells) resolved in that render was one task of 150–250 ms at 4× CPU
 * (issue 26). The work is the model's own: the picker's coverage, the survey panels (cached by
 * selection, surveyPanels.ts), and the cells (cached per cell, derive.ts) of Over time's every wave
 * or of All surveys' rows, one indicator per step; the render then reads them back. Nothing here decides what the model holds.
 */
export function* viewModelSteps(index: DatasetIndex, view: ViewState): Generator<void, void> {
  coverageOf(index);
  yield;
  const { shape } = CHART_KIND[view.chart];
  if (shape !== 'lines' && shape !== 'surveys') return;
  // As buildViewModel reads the selection: the indicators that exist, the countries without averages.
  const selected = view.indicators.flatMap((id) => shownIndicator(index, id, view) ?? []);
  const countries = view.countries.filter((c) => !index.countries.get(c)?.aggregate);
  yield;
  const ids = selected.map((i) => i.id);
  const panels = surveyPanels(index, ids, countries, shape === 'lines' ? 'selected' : 'concept');
  yield;
  if (shape === 'surveys') {
    // All surveys draws every indicator of its panels: each one's cells of the countries' rows
    // (buildViewModel's rowCells), one indicator per step.
    for (const id of new Set(panels.panels.flatMap((p) => p.series.map((s) => s.indicator)))) {
      const wave = shownIndicator(index, id, view)?.wave;
      if (wave !== undefined) for (const c of countries) comparisonCell(index, c, id, wave);
      yield;
    }
    return;
  }
  for (const indicator of selected) {
    timePanels(index, [indicator], countries);
    yield;
  }
}
