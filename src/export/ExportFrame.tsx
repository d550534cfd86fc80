import type { DrawnChart } from '../charts/shared/ChartSvg';
import { LegendSwatch, swatchWidth } from '../charts/shared/Legend';
import type { FrameLayout } from './frameLayout';

/**
 * The exported image: a standalone <svg> holding the title, subtitle, legend, the chart's drawing
 * (the same components as on screen, ChartSvg), the notes, source line and link to the view, laid
 * out by frameLayout. Text is React text, never parsed as markup. Fonts and colours are attributes,
 * so the file renders the same in a browser, Inkscape, a slide deck or resvg (the edge tier).
 */

export const EXPORT_FONT = "'DejaVu Sans', 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** The root's size: the frame's px by default; a PNG's pixels or a print size in mm (serializeExport). */
export interface RootSize {
  width: number | string;
  height: number | string;
  viewBox: readonly [number, number, number, number];
}

export function ExportFrame({
  frame,
  title,
  chart,
  fontFamily = EXPORT_FONT,
  root,
}: {
  frame: FrameLayout;
  title: string;
  chart: DrawnChart;
  fontFamily?: string;
  root?: RootSize;
}) {
  const [vx, vy, vw, vh] = root?.viewBox ?? [0, 0, frame.width, frame.height];
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={root?.width ?? frame.width}
      height={root?.height ?? frame.height}
      viewBox={`${vx} ${vy} ${vw} ${vh}`}
      fontFamily={fontFamily}
      role="img"
    >
      <title>{title}</title>
      {/* White under the whole frame, and under a viewBox wider or taller than it (a link preview). */}
      <rect
        x={Math.min(0, vx)}
        y={Math.min(0, vy)}
        width={Math.max(frame.width, vx + vw) - Math.min(0, vx)}
        height={Math.max(frame.height, vy + vh) - Math.min(0, vy)}
        fill="#ffffff"
      />
      {frame.texts.map((t) => (
        <text
          key={`${t.y}|${t.text}`}
          x={t.x}
          y={t.y}
          fontSize={t.size}
          fontWeight={t.weight}
          fill={t.colour}
        >
          {t.text}
        </text>
      ))}
      {frame.legend.map((item) => (
        <g key={item.key}>
          <LegendSwatch item={item} x={item.x} y={item.y - 11} />
          <text x={item.x + swatchWidth(item) + 6} y={item.y} fontSize={13} fill="#1a1a1a">
            {item.label}
          </text>
        </g>
      ))}
      <svg
        role="img"
        aria-label={chart.label}
        x={frame.chart.x}
        y={frame.chart.y}
        width={frame.chart.width}
        height={frame.chart.height}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        fontFamily={fontFamily}
      >
        {chart.children}
      </svg>
    </svg>
  );
}
