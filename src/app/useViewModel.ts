import { useMemo, useRef } from 'react';
import type { DatasetIndex } from '../data/derive';
import type { ViewState } from '../data/view';
import { buildViewModel, shareUnchanged, type ViewModel } from '../data/viewModel';

/**
 * The view model of the view, rebuilt when the view changes; the lists that came out the same as the
 * last model's are that model's lists (shareUnchanged), so the charts' memos hold across the change.
 */
export function useViewModel(index: DatasetIndex, view: ViewState | null): ViewModel | null {
  const last = useRef<ViewModel | null>(null);
  return useMemo(() => {
    if (!view) return null;
    const model = shareUnchanged(last.current, buildViewModel(index, view));
    last.current = model;
    return model;
  }, [index, view]);
}
