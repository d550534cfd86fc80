import { lazy, type ReactNode, Suspense, useMemo } from 'react';
import { sourceLine } from '../data/derive';
import type { ViewState } from '../state/view';
import { BarsChart } from './bars/BarsChart';
import { ChartErrorBoundary } from './ChartErrorBoundary';
import { chartIndicators } from './chartIndicators';
import { GapChart } from './gap/GapChart';
import { RankingChart } from './ranking/RankingChart';
import { ScatterChart } from './scatter/ScatterChart';
import { ChartFrame } from './shared/ChartFrame';
import { viewSubtitle, viewTitle } from './shared/describe';
import { Legend, type LegendItem } from './shared/Legend';
import { EU_REFERENCE_COLOUR, NO_DATA_COLOUR } from './shared/palette';
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
  const shown = chartIndicators(view);
  const legend = useMemo<LegendItem[]>(
    () => [
      ...shown.map((id) => ({
        key: id,
        label: index.indicators.get(id)?.shortLabel ?? id,
        colour: colours.get(id) ?? '#000',
      })),
      { key: 'eu', label: 'EU27 average', colour: EU_REFERENCE_COLOUR, kind: 'reference' as const },
      { key: 'nodata', label: 'No data', colour: NO_DATA_COLOUR, kind: 'nodata' as const },
    ],
    [shown, index, colours],
  );
  const source = useMemo(() => {
    const ids = index.dataset.observations.filter((o) => shown.includes(o.indicator)).map((o) => o.sourceId);
    return sourceLine(index, ids);
  }, [index, shown]);
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
      legend={view.chart === 'table' ? null : <Legend items={legend} />}
      source={source}
    >
      {({ width, showTip, hideTip }) => (
        <ChartErrorBoundary key={view.chart} chart={view.chart}>
          {chartFor(view, { ...base, width, showTip, hideTip })}
        </ChartErrorBoundary>
      )}
    </ChartFrame>
  );
}
