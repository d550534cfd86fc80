import { type ComponentType, createElement, lazy } from 'react';
import type { ChartKind } from '../state/view';
import { whenIdle } from '../ui/whenIdle';
import type { ChartProps } from './types';

/**
 * The chart kinds other than bars, each its own chunk: bars draw the default view and come with the
 * page; the others load on first use (initial script size, issue 11). `preloadChartKind` fetches a
 * kind ahead: the boot awaits it for a deep link (no "Loading…" before its first paint), and the
 * dashboard warms the rest when the browser is idle, so switching kinds does not wait.
 *
 * A kind whose code has loaded renders its component directly. Through React.lazy alone it would
 * suspend once more on its first render even when its chunk is in memory (lazy's own promise
 * settles a microtask later), show the fallback, and React reveals a boundary's content no sooner
 * than 300 ms after its fallback: a switch to a warmed kind took ~400 ms at 4× CPU for that.
 */
type Loader = () => Promise<{ default: ComponentType<ChartProps> }>;

interface LazyKind {
  Component: ComponentType<ChartProps>;
  preload: () => Promise<unknown>;
}

export function lazyKind(load: Loader): LazyKind {
  let loaded: ComponentType<ChartProps> | null = null;
  let pending: Promise<{ default: ComponentType<ChartProps> }> | null = null;
  const preload = () => {
    pending ??= load().then(
      (m) => {
        loaded = m.default;
        return m;
      },
      (error: unknown) => {
        pending = null; // a later render or preload tries again
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(preload);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per kind when this module loads, never during a render.
  function Kind(props: ChartProps) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Component: Kind, preload };
}

const kinds = {
  gap: lazyKind(() => import('./gap/GapChart').then((m) => ({ default: m.GapChart }))),
  ranking: lazyKind(() => import('./ranking/RankingChart').then((m) => ({ default: m.RankingChart }))),
  map: lazyKind(() => import('./map/MapChart')),
  scatter: lazyKind(() => import('./scatter/ScatterChart').then((m) => ({ default: m.ScatterChart }))),
  table: lazyKind(() => import('./table/TableChart').then((m) => ({ default: m.TableChart }))),
  time: lazyKind(() => import('./time/TimeChart').then((m) => ({ default: m.TimeChart }))),
} as const;

export const GapChart = kinds.gap.Component;
export const RankingChart = kinds.ranking.Component;
export const MapChart = kinds.map.Component;
export const ScatterChart = kinds.scatter.Component;
export const TableChart = kinds.table.Component;
export const TimeChart = kinds.time.Component;

/** Starts loading a kind's code (bars: nothing to load). Failures surface when the kind renders. */
export function preloadChartKind(kind: ChartKind): Promise<unknown> {
  return kind === 'bars' ? Promise.resolve() : kinds[kind].preload().catch(() => undefined);
}

/** Loads every other kind when the browser is idle. */
export function warmChartKinds(): void {
  whenIdle(() => {
    for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) void preloadChartKind(kind);
  });
}
