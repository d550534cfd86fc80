import type { ComponentType } from 'react';
import { BarsChart } from '../../src/charts/bars/BarsChart';
import { GapChart } from '../../src/charts/gap/GapChart';
import MapChart from '../../src/charts/map/MapChart';
import { RankingChart } from '../../src/charts/ranking/RankingChart';
import { ScatterChart } from '../../src/charts/scatter/ScatterChart';
import { SurveysChart } from '../../src/charts/surveys/SurveysChart';
import { TableChart } from '../../src/charts/table/TableChart';
import { TimeChart } from '../../src/charts/time/TimeChart';
import type { ChartProps } from '../../src/charts/types';
import type { ChartKind } from '../../src/data/view';

/** Every chart kind's component, imported statically as a server does (the page loads them lazily). */
export const CHART_COMPONENTS: Record<ChartKind, ComponentType<ChartProps>> = {
  surveys: SurveysChart,
  bars: BarsChart,
  gap: GapChart,
  ranking: RankingChart,
  map: MapChart,
  scatter: ScatterChart,
  table: TableChart,
  time: TimeChart,
};
