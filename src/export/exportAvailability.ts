import type { ViewState } from '../data/view';

/** Why an export cannot be made for this view (null: it can). Images need a drawn chart; CSV needs indicators. */
export interface ExportAvailability {
  image: string | null;
  data: string | null;
}

export function exportAvailability(view: Pick<ViewState, 'chart' | 'indicators'>): ExportAvailability {
  if (view.indicators.length === 0) {
    const reason = 'Pick at least one indicator to export a chart or its data.';
    return { image: reason, data: reason };
  }
  if (view.chart === 'scatter' && view.indicators.length < 2) {
    return {
      image: 'The scatter chart needs two indicators before it can be exported as an image.',
      data: null,
    };
  }
  return { image: null, data: null };
}
