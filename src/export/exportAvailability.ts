import { CHART_KIND } from '../data/chartRegistry';
import type { ViewState } from '../data/view';

/** Why an export cannot be made for this view (null: it can). Images need a drawn chart; CSV needs indicators. */
export interface ExportAvailability {
  image: string | null;
  data: string | null;
}

export function exportAvailability(
  view: Pick<ViewState, 'chart' | 'indicators'>,
  indicators: readonly { referenceValue: number | null }[] = [],
): ExportAvailability {
  if (view.indicators.length === 0) {
    const reason = 'Pick at least one indicator to export a chart or its data.';
    return { image: reason, data: reason };
  }
  const kind = CHART_KIND[view.chart];
  if (kind.shape === 'pair' && view.indicators.length < 2) {
    return {
      image: 'The scatter chart needs two indicators before it can be exported as an image.',
      data: null,
    };
  }
  // The gap chart draws nothing when no selected indicator has a published average (own data has none).
  if (kind.needsReference && indicators.length > 0 && indicators.every((i) => i.referenceValue === null)) {
    return {
      image:
        'No gap to draw: no survey average was published for these indicators. Choose another chart to export an image.',
      data: null,
    };
  }
  return { image: null, data: null };
}
