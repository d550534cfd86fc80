import type { ViewState } from '../state/view';

/** Which of the selected indicators a chart kind draws: ranking and map one, scatter two, others all. */
export function chartIndicators(view: Pick<ViewState, 'chart' | 'indicators'>): string[] {
  switch (view.chart) {
    case 'ranking':
    case 'map':
      return view.indicators.slice(0, 1);
    case 'scatter':
      return view.indicators.slice(0, 2);
    default:
      return view.indicators;
  }
}
