import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import type { ChartKind, RowSort, TimeSelection, ViewState } from '../data/view';
import type { DroppedValue } from './url';

/** The view state (mirrored in the URL by useUrlSync) and the notices about dropped URL values. */

interface ViewStore {
  view: ViewState | null;
  dropped: DroppedValue[];
  /** Replaces the view without a history entry: first load and back/forward. */
  restore: (view: ViewState, dropped?: DroppedValue[]) => void;
  setCountries: (countries: string[]) => void;
  toggleCountry: (code: string) => void;
  setIndicators: (indicators: string[]) => void;
  /** Countries and indicators at once: one history entry (an import joining the view, its Undo). */
  setSelection: (selection: Pick<ViewState, 'countries' | 'indicators'>) => void;
  setChart: (chart: ChartKind) => void;
  setTime: (time: TimeSelection) => void;
  /** Ranking and map: which selected indicator they draw. */
  setRank: (rank: string) => void;
  /** Several fields at once, as one history entry (the profile's "Chart <country> …"). */
  setView: (change: Partial<ViewState>) => void;
  setSort: (sort: RowSort) => void;
  /** labels=1: each mark's value beside it. */
  setLabels: (labels: boolean) => void;
  openProfile: (code: string | null) => void;
  dismissDropped: () => void;
}

/** Set by user actions so the URL sync knows to push a history entry. */
let userChange = false;
export function takeUserChange(): boolean {
  const was = userChange;
  userChange = false;
  return was;
}

export const useViewStore = create<ViewStore>((set) => {
  const update = (change: (view: ViewState) => Partial<ViewState>) =>
    set((s) => {
      if (!s.view) return s;
      userChange = true;
      return { view: { ...s.view, ...change(s.view) } };
    });
  return {
    view: null,
    dropped: [],
    restore: (view, dropped = []) => set({ view, dropped }),
    setCountries: (countries) => update(() => ({ countries })),
    toggleCountry: (code) =>
      update((v) => ({
        countries: v.countries.includes(code)
          ? v.countries.filter((c) => c !== code)
          : [...v.countries, code],
      })),
    setIndicators: (indicators) =>
      update((v) => ({ indicators, rank: v.rank && indicators.includes(v.rank) ? v.rank : undefined })),
    setSelection: ({ countries, indicators }) =>
      update((v) => ({
        countries,
        indicators,
        rank: v.rank && indicators.includes(v.rank) ? v.rank : undefined,
      })),
    setChart: (chart) => update(() => ({ chart })),
    setTime: (time) => update(() => ({ time })),
    setRank: (rank) => update((v) => ({ rank: rank === v.indicators[0] ? undefined : rank })),
    setView: (change) => update(() => change),
    setSort: (sort) => update(() => ({ sort })),
    setLabels: (labels) => update(() => ({ labels: labels || undefined })),
    openProfile: (profile) => update(() => ({ profile })),
    dismissDropped: () => set({ dropped: [] }),
  };
});

/**
 * Reads the view store in a component. Unlike zustand's hook, whose server snapshot is the store's
 * initial state (no view), the server snapshot here is the current state: the build-time prerender
 * and the browser's hydration both set the view before the first render (src/app/main.tsx), so both
 * render the same view. `selector` must return a value of the state as is (no new objects).
 */
export function useView<T>(selector: (s: ViewStore) => T): T {
  const snapshot = () => selector(useViewStore.getState());
  return useSyncExternalStore(useViewStore.subscribe, snapshot, snapshot);
}
