import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';
import type { DrawnChart } from './shared/ChartSvg';
import type { TipAnchor } from './shared/MarkLayer';

/** What every chart kind receives: the view model, the width to fill, and what marks do. The index
 * is there only to name publications and averages in tooltips; values come from the model. */
export interface ChartProps {
  index: DatasetIndex;
  model: ViewModel;
  width: number;
  colours: ReadonlyMap<string, string>;
  showTip: (lines: string[], target: TipAnchor) => void;
  hideTip: () => void;
  openProfile: (code: string) => void;
  toggleCountry: (code: string) => void;
  /** Set by an export: the kind's ChartSvg hands it the drawing instead of rendering it. */
  capture?: (chart: DrawnChart) => void;
}
