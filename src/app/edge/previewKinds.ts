import type { ComponentType } from 'react';
import { BarsChart } from '../../charts/bars/BarsChart';
import { GapChart } from '../../charts/gap/GapChart';
import MapChart from '../../charts/map/MapChart';
import { RankingChart } from '../../charts/ranking/RankingChart';
import { ScatterChart } from '../../charts/scatter/ScatterChart';
import { SurveysChart } from '../../charts/surveys/SurveysChart';
import { TimeChart } from '../../charts/time/TimeChart';
import type { ChartProps } from '../../charts/types';
import type { ChartKind } from '../../data/view';

/**
 * Each chart kind's component, imported statically for the preview image (renderViewSvg draws
 * synchronously; in the browser the kinds are lazy chunks). The table draws from the frame itself.
 */
export const PREVIEW_CHARTS: Record<Exclude<ChartKind, 'table'>, ComponentType<ChartProps>> = {
  surveys: SurveysChart,
  bars: BarsChart,
  gap: GapChart,
  ranking: RankingChart,
  map: MapChart,
  scatter: ScatterChart,
  time: TimeChart,
};
