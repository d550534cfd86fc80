import { lazy, type ReactNode, Suspense, useMemo } from 'react';
import { sourceLine } from '../data/derive';
import type { ViewState } from '../state/view';
import { estimateChartWidth } from '../ui/layoutEstimate';
import { BarsChart } from './bars/BarsChart';
import { ChartErrorBoundary } from './ChartErrorBoundary';
import { chartSourceIds } from './chartCountries';
import { chartIndicators } from './chartIndicators';
import { GapChart } from './gap/GapChart';
import { RankingChart } from './ranking/RankingChart';
import { ScatterChart } from './scatter/ScatterChart';
import { ChartFrame } from './shared/ChartFrame';
import { viewSubtitle, viewTitle } from './shared/describe';
import { Legend } from './shared/Legend';
import { legendItems } from './shared/legendItems';
import { TableChart } from './table/TableChart';
import type { ChartProps } from './types';

const MapChart = lazy(() => import('./map/MapChart'));

type Base = Omit<ChartProps, 'width' | 'showTip' | 'hideTip'>;

function chartFor(view: ViewState, props: ChartProps): ReactNode {
  switch (view.chart) {
    case 'gap':
      return <GapChart {...props} />;
    case 'ranking':
      return <RankingChart {...props} />;
    case 'map':
      return (
        <Suspense fallback={<p role="status">Loading the map…</p>}>
          <MapChart {...props} />
        </Suspense>
      );
    case 'scatter':
      return <ScatterChart {...props} />;
    case 'table':
      return <TableChart {...props} />;
    default:
      return <BarsChart {...props} />;
  }
}

export function ChartView(base: Base) {
  const { index, view, colours } = base;
  const shown = useMemo(() => chartIndicators(view), [view]);
  const legend = useMemo(
    () => legendItems(index, view.chart, shown, colours),
    [view.chart, shown, index, colours],
  );
  const source = useMemo(() => sourceLine(index, chartSourceIds(index, view)), [index, view]);
  if (view.indicators.length === 0) {
    return (
      <p className="chart-empty" role="status">
        Pick at least one indicator to draw a chart.
      </p>
    );
  }
  return (
    <ChartFrame
      title={viewTitle(index, view)}
      subtitle={viewSubtitle(index, shown)}
      legend={legend.length > 0 ? <Legend items={legend} /> : null}
      source={source}
      estimateWidth={() => estimateChartWidth(window.innerWidth, Boolean(view.profile) && !view.embed)}
    >
      {({ width, showTip, hideTip }) => (
        <ChartErrorBoundary key={view.chart} chart={view.chart}>
          {chartFor(view, { ...base, width, showTip, hideTip })}
        </ChartErrorBoundary>
      )}
    </ChartFrame>
  );
}
