import type { ReactNode } from 'react';

/** A chart's drawing as its ChartSvg holds it: its text alternative, size and content. */
export interface DrawnChart {
  label: string;
  width: number;
  height: number;
  children: ReactNode;
}

/**
 * The <svg> of every SVG chart kind: role="img" with its text alternative, its size and viewBox,
 * the drawing inside. On screen it renders itself; for an export (`capture`, a chart prop set by
 * export/composeFrame.tsx) it hands its size, text alternative and drawing to the export instead,
 * which draws them inside its frame (title, legend, source line), so the screen and the exported
 * image are one drawing. The kind's other parts (the keyboard layer, the sort buttons) are not in
 * the export.
 */
export function ChartSvg({
  capture,
  ...chart
}: DrawnChart & { capture?: ((chart: DrawnChart) => void) | undefined }) {
  if (capture) {
    capture(chart);
    return null;
  }
  const { label, width, height, children } = chart;
  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="chart-svg"
    >
      {children}
    </svg>
  );
}
