import type { DatasetIndex } from '../data/derive';
import type { ViewState } from '../state/view';

export function ExportToolbar(_: { index: DatasetIndex; view: ViewState }) {
  return <div className="export-toolbar" />;
}
