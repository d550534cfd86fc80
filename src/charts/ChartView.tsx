import { type ReactNode, Suspense, useEffect, useMemo } from 'react';
import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';
import { ErrorInPlace } from '../ui/ErrorInPlace';
import { estimateChartWidth } from '../ui/layoutEstimate';
import { chartComponent, preloadChartKind, warmChartKinds } from './chartKinds';
import { ChartFrame } from './shared/ChartFrame';
import { Legend } from './shared/Legend';
import { legendItems } from './shared/legendItems';
import type { ChartProps } from './types';
import { viewNotes } from './viewNotes';

type Base = Omit<ChartProps, 'width' | 'showTip' | 'hideTip'>;

/** The chart kind of the view, drawn at `props.width` (also used by the exports at a print size). */
export function chartFor(model: ViewModel, props: ChartProps): ReactNode {
  const Chart = chartComponent(model.view.chart);
  return (
    <Suspense fallback={<p role="status">Loading {model.kind.noun}…</p>}>
      <Chart {...props} />
    </Suspense>
  );
}

/** Says why there is nothing to draw, or null when there is something. */
function emptyMessage(model: ViewModel): string | null {
  const { view } = model;
  if (view.indicators.length === 0) return 'Pick at least one indicator to draw a chart.';
  if (model.kind.needsCountries && model.countries.length === 0)
    return 'Pick at least one country to draw a chart.';
  return null;
}

export function ChartView({ titleLevel, ...base }: Base & { index: DatasetIndex; titleLevel?: 1 | 2 }) {
  const { model, colours } = base;
  // Once the first chart is on screen, the other kinds load in the background.
  useEffect(() => warmChartKinds(), []);
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
      lead={model.highlightMissing ? `No figure for ${model.highlightMissing} in this view.` : null}
      notes={notes}
      source={model.sourceLine}
      titleLevel={titleLevel}
      estimateWidth={() =>
        estimateChartWidth(window.innerWidth, Boolean(model.view.profile) && !model.view.embed)
      }
    >
      {({ width, showTip, hideTip }) => (
        <ErrorInPlace
          key={model.view.chart}
          failed="This chart could not be drawn"
          onRetry={() => preloadChartKind(model.view.chart)}
        >
          {chartFor(model, { ...base, width, showTip, hideTip })}
        </ErrorInPlace>
      )}
    </ChartFrame>
  );
}
