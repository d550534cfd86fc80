import type { DatasetIndex } from '../data/derive';
import type { ViewState } from '../state/view';

/** What every chart kind receives: the data, the view, the width to fill, and what marks do. */
export interface ChartProps {
  index: DatasetIndex;
  view: ViewState;
  width: number;
  colours: ReadonlyMap<string, string>;
  showTip: (lines: string[], target: Element) => void;
  hideTip: () => void;
  openProfile: (code: string) => void;
  toggleCountry: (code: string) => void;
}
