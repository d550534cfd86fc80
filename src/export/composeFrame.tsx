import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType, ReactElement } from 'react';
import { ChartCapture } from '../charts/shared/ChartFrame';
import type { DrawnChart } from '../charts/shared/ChartSvg';
import type { LegendItem } from '../charts/shared/Legend';
import { legendItems } from '../charts/shared/legendItems';
import { tableDrawing } from '../charts/table/tableDrawing';
import type { ChartProps } from '../charts/types';
import { viewNotes } from '../charts/viewNotes';
import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';
import { EXPORT_FONT, ExportFrame, type RootSize } from './ExportFrame';
import { frameLayout } from './frameLayout';

/**
 * The export image of a view as React: the view's chart kind drawn at a width (the same component
 * as on screen; its ChartSvg hands over its drawing), then the frame laid out around it. It touches
 * no DOM: `render` turns React into markup, react-dom/server's renderToStaticMarkup on a server or
 * in tests (renderViewSvg.ts), a detached React root in the browser (renderInBrowser.ts), which
 * keeps the server renderer (32 KB gzip) out of the page's chunks.
 */

/** React to markup. */
export type RenderMarkup = (node: ReactElement) => string;

export interface ComposedFrame {
  /** The frame's size in px. */
  width: number;
  height: number;
  /** The standalone <svg>'s markup, at the frame's size or at `root`'s. */
  markup: (root?: RootSize) => string;
}

export interface FrameMeta {
  title: string;
  subtitle: string;
  legend: LegendItem[];
  /** Lines under the chart: the countries without data, a survey without an average. */
  notes?: readonly string[];
  source: string;
  link: string;
  /** Exports are at least this wide (640 px by default), so a chart drawn on a phone still prints well. */
  minWidth?: number;
  /** The font-family written in the SVG (EXPORT_FONT by default; the edge names the font it rasterises with). */
  fontFamily?: string;
}

/** Renders `chart` (a chart kind's element) and returns what its ChartSvg drew. */
export function drawChart(render: RenderMarkup, chart: ReactElement): DrawnChart {
  const seen: { drawn?: DrawnChart } = {};
  render(
    <ChartCapture.Provider
      value={(c) => {
        seen.drawn = c;
      }}
    >
      {chart}
    </ChartCapture.Provider>,
  );
  if (!seen.drawn) throw new Error('the chart could not be drawn');
  return seen.drawn;
}

export function composeFrame(render: RenderMarkup, chart: DrawnChart, meta: FrameMeta): ComposedFrame {
  const frame = frameLayout({
    ...meta,
    chartWidth: chart.width,
    chartHeight: chart.height,
    minWidth: meta.minWidth ?? 640,
  });
  return {
    width: frame.width,
    height: frame.height,
    markup: (root) =>
      render(
        <ExportFrame
          frame={frame}
          title={meta.title}
          chart={chart}
          fontFamily={meta.fontFamily ?? EXPORT_FONT}
          {...(root ? { root } : {})}
        />,
      ),
  };
}

const noop = () => undefined;

export interface ViewFrameInput {
  index: DatasetIndex;
  model: ViewModel;
  colours: ReadonlyMap<string, string>;
  /** The view's chart kind's component (not for the table: tableDrawing draws it). */
  Chart?: ComponentType<ChartProps> | null;
  /** The chart's width in px. */
  chartWidth: number;
  link: string;
  minWidth?: number;
  fontFamily?: string;
  /** Holds the map's outlines (europeGeometryQuery) for a map. */
  queryClient?: QueryClient;
}

/** The export of a view: its chart (or the table as SVG) in the frame with its title, legend and notes. */
export function composeView(render: RenderMarkup, input: ViewFrameInput): ComposedFrame {
  const { index, model, colours, Chart, chartWidth, queryClient } = input;
  let element: ReactElement | null = null;
  if (Chart)
    element = (
      <Chart
        index={index}
        model={model}
        colours={colours}
        width={chartWidth}
        showTip={noop}
        hideTip={noop}
        openProfile={noop}
        toggleCountry={noop}
      />
    );
  if (queryClient && element)
    element = <QueryClientProvider client={queryClient}>{element}</QueryClientProvider>;
  let chart: DrawnChart;
  if (model.view.chart === 'table') chart = tableDrawing(model);
  else if (element) chart = drawChart(render, element);
  else throw new Error(`no component given for the ${model.view.chart} chart`);
  return composeFrame(render, chart, {
    title: model.title,
    subtitle: model.subtitle,
    legend: legendItems(model, colours),
    notes: viewNotes(model),
    source: model.sourceLine,
    link: input.link,
    ...(input.minWidth === undefined ? {} : { minWidth: input.minWidth }),
    ...(input.fontFamily === undefined ? {} : { fontFamily: input.fontFamily }),
  });
}

/**
 * The markup of a composed export. With `pixels` (the PNG's size, pngSize in png.ts), the root's
 * width and height are those, so an image decoded from it is drawn once at that size (PNG), not
 * drawn at 1× and then scaled; its viewBox keeps the frame's width and takes the height of the same
 * scale (the frame's, or a fraction of a pixel less where the scale is not a whole number). The
 * returned width and height stay the frame's.
 */
export function serializeExport(
  composed: ComposedFrame,
  pixels?: { width: number; height: number },
  /** A print size (exportSizes.ts): width and height in mm, the viewBox unchanged. */
  physical?: { width: string; height: string } | null,
): { markup: string; width: number; height: number } {
  const { width, height } = composed;
  let root: RootSize | undefined;
  if (pixels) root = { ...pixels, viewBox: [0, 0, width, (pixels.height * width) / pixels.width] };
  else if (physical) root = { ...physical, viewBox: [0, 0, width, height] };
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${composed.markup(root)}`, width, height };
}
