import type { ComponentType } from 'react';
import type { ChartProps } from '../../charts/types';
import { CHART_KINDS, type ChartKind, chartModule } from '../../data/chartRegistry';

type ChartModule = Record<string, ComponentType<ChartProps>>;

/** Every kind's module, bundled into the edge renderer (src/charts/KIND/KindChart.tsx, as chartKinds.ts). */
const modules = import.meta.glob<ChartModule>('../../charts/*/*Chart.tsx', { eager: true });

/**
 * Each chart kind's component, imported statically for the preview image (renderViewSvg draws
 * synchronously; in the browser the kinds are lazy chunks, src/charts/chartKinds.ts). Found by the
 * registry's naming rule, so a new kind needs no entry here.
 */
export const PREVIEW_CHARTS = Object.fromEntries(
  CHART_KINDS.map((kind) => {
    const path = chartModule(kind);
    const file = path.slice(path.indexOf('/') + 1);
    const module = modules[`../../charts/${path}.tsx`];
    const component = module?.[file] ?? module?.default;
    if (!component) throw new Error(`edge: no component for the chart kind ${kind}`);
    return [kind, component];
  }),
) as Record<ChartKind, ComponentType<ChartProps>>;
