import type { ChartKind } from '../state/view';
import { preloadable } from '../ui/preloadable';
import { whenIdle } from '../ui/whenIdle';
import type { ChartProps } from './types';

/**
 * Every chart kind is its own chunk, loaded on first use (initial script size, issue 11): the boot
 * script fetches the kind of the view it opens (the default view's, All surveys, too) beside the
 * app, and the app loads it before its first render or the hydration (`preloadChartKind`); the
 * dashboard warms the rest when the browser is idle, so switching kinds does not wait. A kind whose
 * code has loaded renders directly (see preloadable).
 */
const kinds = {
  bars: preloadable<ChartProps>(() => import('./bars/BarsChart').then((m) => ({ default: m.BarsChart }))),
  surveys: preloadable<ChartProps>(() =>
    import('./surveys/SurveysChart').then((m) => ({ default: m.SurveysChart })),
  ),
  gap: preloadable<ChartProps>(() => import('./gap/GapChart').then((m) => ({ default: m.GapChart }))),
  ranking: preloadable<ChartProps>(() =>
    import('./ranking/RankingChart').then((m) => ({ default: m.RankingChart })),
  ),
  map: preloadable<ChartProps>(() => import('./map/MapChart')),
  scatter: preloadable<ChartProps>(() =>
    import('./scatter/ScatterChart').then((m) => ({ default: m.ScatterChart })),
  ),
  table: preloadable<ChartProps>(() => import('./table/TableChart').then((m) => ({ default: m.TableChart }))),
  time: preloadable<ChartProps>(() => import('./time/TimeChart').then((m) => ({ default: m.TimeChart }))),
} as const;

export const SurveysChart = kinds.surveys.Component;
export const BarsChart = kinds.bars.Component;
export const GapChart = kinds.gap.Component;
export const RankingChart = kinds.ranking.Component;
export const MapChart = kinds.map.Component;
export const ScatterChart = kinds.scatter.Component;
export const TableChart = kinds.table.Component;
export const TimeChart = kinds.time.Component;

/** Starts loading a kind's code. Failures surface when the kind renders. */
export function preloadChartKind(kind: ChartKind): Promise<unknown> {
  return kinds[kind].warm();
}

/** Loads every other kind when the browser is idle. */
export function warmChartKinds(): void {
  whenIdle(() => {
    for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) void preloadChartKind(kind);
  });
}
