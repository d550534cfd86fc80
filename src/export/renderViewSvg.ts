import { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { europeGeometryQuery } from '../charts/map/geometryQuery';
import type { EuropeGeometry } from '../charts/map/layout';
import { viewColours } from '../charts/shared/palette';
import type { ChartProps } from '../charts/types';
import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';
import { type ComposedFrame, composeView, serializeExport } from './composeFrame';

/**
 * A view's export image as SVG markup, drawn without a DOM (no window or document, at load or when
 * called): the entry point for a server, such as the edge tier's link previews (Cloudflare Pages
 * Functions on workerd), which rasterises the markup with resvg. The same components and frame as
 * the Download SVG / PNG buttons (composeFrame.tsx); react-dom/server renders them.
 *
 * The caller gives the view's chart kind's component (`Chart`, imported statically: the kinds are
 * lazy chunks in the browser), so the drawing is synchronous; the table needs none.
 */
export interface RenderViewSvgInput {
  index: DatasetIndex;
  model: ViewModel;
  /** The view's chart kind's component, e.g. BarsChart from src/charts/bars/BarsChart (not for 'table'). */
  Chart?: ComponentType<ChartProps> | null;
  /** The image's width in px: the frame is this wide, the chart drawn 48 px narrower. */
  width: number;
  /** The image's height in px: the frame is fitted into width × height (scaled down if taller, at the
   * top, centred), white around it. Without it the image is as tall as the frame. */
  height?: number;
  /** The link to the view printed under the chart. */
  link: string;
  /** The font-family written in the SVG (default EXPORT_FONT), e.g. 'Inter' for resvg with Inter TTF. */
  fontFamily?: string;
  /** The indicators' colours; by default those of the app (viewColours). */
  colours?: ReadonlyMap<string, string>;
  /** The map's outlines (europe.topo.json decoded by topojson's `feature`), for a map view. */
  geometry?: EuropeGeometry;
}

/** The export as a composed frame (its size, and its markup at any root size). */
export function composeViewSvg(input: RenderViewSvgInput): ComposedFrame {
  const { index, model, width } = input;
  const colours =
    input.colours ??
    viewColours(
      model.view.indicators,
      index.dataset.indicators.map((i) => i.id),
    );
  let queryClient: QueryClient | undefined;
  if (input.geometry) {
    queryClient = new QueryClient();
    queryClient.setQueryData(europeGeometryQuery.queryKey, input.geometry);
  }
  return composeView(renderToStaticMarkup, {
    index,
    model,
    colours,
    Chart: input.Chart ?? null,
    chartWidth: width - 48,
    link: input.link,
    minWidth: width,
    ...(input.fontFamily === undefined ? {} : { fontFamily: input.fontFamily }),
    ...(queryClient ? { queryClient } : {}),
  });
}

export function renderViewSvg(input: RenderViewSvgInput): string {
  const composed = composeViewSvg(input);
  const { width, height } = input;
  if (height === undefined) return serializeExport(composed).markup;
  // Fit the frame into width × height: one scale, the frame at the top and centred across.
  const scale = Math.min(width / composed.width, height / composed.height);
  const vw = width / scale;
  const vh = height / scale;
  const markup = composed.markup({
    width,
    height,
    viewBox: [-(vw - composed.width) / 2, 0, vw, vh],
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`;
}
