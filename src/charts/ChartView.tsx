import { lazy, type ReactNode, Suspense, useMemo } from 'react';
import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';
import { estimateChartWidth } from '../ui/layoutEstimate';
import { BarsChart } from './bars/BarsChart';
import { ChartErrorBoundary } from './ChartErrorBoundary';
import { GapChart } from './gap/GapChart';
import { RankingChart } from './ranking/RankingChart';
import { ScatterChart } from './scatter/ScatterChart';
import { ChartFrame } from './shared/ChartFrame';
import { Legend } from './shared/Legend';
import { legendItems } from './shared/legendItems';
import { TableChart } from './table/TableChart';
import { TimeChart } from './time/TimeChart';
import type { ChartProps } from './types';
import { viewNotes } from './viewNotes';

const MapChart = lazy(() => import('./map/MapChart'));

type Base = Omit<ChartProps, 'width' | 'showTip' | 'hideTip'>;

function chartFor(model: ViewModel, props: ChartProps): ReactNode {
  switch (model.view.chart) {
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
    case 'time':
      return <TimeChart {...props} />;
    default:
      return <BarsChart {...props} />;
  }
}

/** Says why there is nothing to draw, or null when there is something. */
function emptyMessage(model: ViewModel): string | null {
  const { view } = model;
  if (view.indicators.length === 0) return 'Pick at least one indicator to draw a chart.';
  if (view.chart === 'table' || view.chart === 'map' || view.chart === 'ranking') return null;
  if (model.countries.length === 0) return 'Pick at least one country to draw a chart.';
  return null;
}

export function ChartView(base: Base & { index: DatasetIndex }) {
  const { model, colours } = base;
  const legend = useMemo(() => legendItems(model, colours), [model, colours]);
  const notes = useMemo(() => viewNotes(model), [model]);
  const empty = emptyMessage(model);
  if (empty) {
    return (
      <p className="chart-empty" role="status">
        {empty}
      </p>
    );
  }
  return (
    <ChartFrame
      title={model.title}
      subtitle={model.subtitle}
      legend={legend.length > 0 ? <Legend items={legend} /> : null}
      notes={notes}
      source={model.sourceLine}
      estimateWidth={() =>
        estimateChartWidth(window.innerWidth, Boolean(model.view.profile) && !model.view.embed)
      }
    >
      {({ width, showTip, hideTip }) => (
        <ChartErrorBoundary key={model.view.chart} chart={model.view.chart}>
          {chartFor(model, { ...base, width, showTip, hideTip })}
        </ChartErrorBoundary>
      )}
    </ChartFrame>
  );
}
