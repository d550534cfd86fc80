import type { ComponentType } from 'react';
import type { ChartKind } from '../data/chartRegistry';
import { type Preloadable, preloadable } from '../ui/preloadable';
import { whenIdle } from '../ui/whenIdle';
import type { ChartProps } from './types';

/**
 * Every chart kind is its own chunk, loaded on first use (initial script size, issue 11): the boot
 * script fetches the kind of the view it opens (the default view's, All surveys, too) beside the
 * app, and the app loads it before its first render or the hydration (`preloadChartKind`); the
 * dashboard warms the rest when the browser is idle, so switching kinds does not wait. A kind whose
 * code has loaded renders directly, and Try again after a failed load asks for the file anew (see
 * preloadable).
 *
 * A kind is drawn by the module of its folder named after it, which exports the component under the
 * module's name or as its default: `bars/BarsChart.tsx` exports `BarsChart` (chartRegistry `chartModule`; a
 * unit test holds every registry entry to its module). The glob makes each module a chunk of its own;
 * the registry itself is not read here, so the export code that draws a chart at a print size does
 * not reach it.
 */
type ChartModule = Record<string, ComponentType<ChartProps>>;

const kinds = Object.fromEntries(
  Object.entries(import.meta.glob<ChartModule>('./*/*Chart.tsx')).map(([path, load]) => {
    const [, kind, file = ''] = path.split('/');
    return [
      kind,
      preloadable(load, (m: ChartModule) => (m[file.slice(0, -4)] ?? m.default) as ComponentType<ChartProps>),
    ];
  }),
) as Record<ChartKind, Preloadable<ChartProps>>;

/** The component that draws `kind`, loaded on first use. */
export function chartComponent(kind: ChartKind): ComponentType<ChartProps> {
  return kinds[kind].Component;
}

/** Starts loading a kind's code. Failures surface when the kind renders. */
export function preloadChartKind(kind: ChartKind): Promise<unknown> {
  return kinds[kind].warm();
}

/** Loads every other kind when the browser is idle. */
export function warmChartKinds(): void {
  whenIdle(() => {
    for (const kind of Object.keys(kinds) as ChartKind[]) void preloadChartKind(kind);
  });
}
