import type { ChartKind } from '../data/view';
import { preloadable } from '../ui/preloadable';
import { whenIdle } from '../ui/whenIdle';
import type { ChartProps } from './types';

/**
 * Every chart kind is its own chunk, loaded on first use (initial script size, issue 11): the boot
 * script fetches the kind of the view it opens (the default view's, All surveys, too) beside the
 * app, and the app loads it before its first render or the hydration (`preloadChartKind`); the
 * dashboard warms the rest when the browser is idle, so switching kinds does not wait. A kind whose
 * code has loaded renders directly, and Try again after a failed load asks for the file anew (see
 * preloadable); `pick` names the export, the same for both.
 */
const kinds = {
  bars: preloadable(
    () => import('./bars/BarsChart'),
    (m) => m.BarsChart,
  ),
  surveys: preloadable(
    () => import('./surveys/SurveysChart'),
    (m) => m.SurveysChart,
  ),
  gap: preloadable(
    () => import('./gap/GapChart'),
    (m) => m.GapChart,
  ),
  ranking: preloadable(
    () => import('./ranking/RankingChart'),
    (m) => m.RankingChart,
  ),
  map: preloadable<ChartProps>(() => import('./map/MapChart')),
  scatter: preloadable(
    () => import('./scatter/ScatterChart'),
    (m) => m.ScatterChart,
  ),
  table: preloadable(
    () => import('./table/TableChart'),
    (m) => m.TableChart,
  ),
  time: preloadable(
    () => import('./time/TimeChart'),
    (m) => m.TimeChart,
  ),
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
