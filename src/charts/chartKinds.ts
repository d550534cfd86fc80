import { lazy } from 'react';
import type { ChartKind } from '../state/view';
import { whenIdle } from '../ui/whenIdle';

/**
 * The chart kinds other than bars, each its own chunk: bars draw the default view and come with the
 * page; the others load on first use (initial script size, issue 11). `preloadChartKind` fetches a
 * kind ahead: the boot awaits it for a deep link (no "Loading…" before its first paint), and the
 * dashboard warms the rest when the browser is idle, so switching kinds does not wait.
 */
const loaders = {
  gap: () => import('./gap/GapChart').then((m) => ({ default: m.GapChart })),
  ranking: () => import('./ranking/RankingChart').then((m) => ({ default: m.RankingChart })),
  map: () => import('./map/MapChart'),
  scatter: () => import('./scatter/ScatterChart').then((m) => ({ default: m.ScatterChart })),
  table: () => import('./table/TableChart').then((m) => ({ default: m.TableChart })),
  time: () => import('./time/TimeChart').then((m) => ({ default: m.TimeChart })),
} as const;

export const GapChart = lazy(loaders.gap);
export const RankingChart = lazy(loaders.ranking);
export const MapChart = lazy(loaders.map);
export const ScatterChart = lazy(loaders.scatter);
export const TableChart = lazy(loaders.table);
export const TimeChart = lazy(loaders.time);

/** Starts loading a kind's code (bars: nothing to load). Failures surface when the kind renders. */
export function preloadChartKind(kind: ChartKind): Promise<unknown> {
  return kind === 'bars' ? Promise.resolve() : loaders[kind]().catch(() => undefined);
}

/** Loads every other kind when the browser is idle. */
export function warmChartKinds(): void {
  whenIdle(() => {
    for (const kind of Object.keys(loaders) as (keyof typeof loaders)[]) void preloadChartKind(kind);
  });
}
