import { comparisonCells, type DatasetIndex, rankCountries } from '../data/derive';
import { EU_AVERAGE } from '../data/schema';
import type { ViewState } from '../state/view';
import { chartIndicators } from './chartIndicators';

/** Which countries a chart kind shows: ranking and map every country of the dataset; bars and table add EU27. */
export function chartCountries(index: DatasetIndex, view: ViewState): string[] {
  if (view.chart === 'ranking' || view.chart === 'map') {
    return rankCountries(index, view.indicators[0] ?? '', view.countries).map((r) => r.country);
  }
  const countries = view.countries.filter((c) => c !== EU_AVERAGE);
  return view.chart === 'gap' || view.chart === 'scatter' ? countries : [EU_AVERAGE, ...countries];
}

/** The cells a chart shows: what its CSV export holds and whose sources its source line names. */
export function chartCells(index: DatasetIndex, view: ViewState) {
  return comparisonCells(index, chartCountries(index, view), chartIndicators(view));
}

/** Source ids behind a chart's figures, its cells and the EU27 reference values (a null cell names no
 * source in the source line; its tooltip says why). */
export function chartSourceIds(index: DatasetIndex, view: ViewState): string[] {
  const shown = chartIndicators(view);
  const cells = [...chartCells(index, view), ...comparisonCells(index, [EU_AVERAGE], shown)];
  return [...new Set(cells.flatMap((c) => (c.sourceId && c.value !== null ? [c.sourceId] : [])))];
}
