import { type ReactNode, useContext } from 'react';
import { ChartCapture } from './ChartFrame';

export type { DrawnChart } from './ChartFrame';

/**
 * The <svg> of every SVG chart kind: role="img" with its text alternative, its size and viewBox,
 * the drawing inside. On screen it renders itself; under an export (ChartCapture in ChartFrame.tsx,
 * set by export/composeFrame.tsx) it hands its size, text alternative and drawing to the export instead,
 * which draws them inside its frame (title, legend, source line), so the screen and the exported
 * image are one drawing. The kind's other parts (the keyboard layer, the sort buttons) are not in
 * the export.
 */

export function ChartSvg({
  label,
  width,
  height,
  children,
}: {
  label: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  const capture = useContext(ChartCapture);
  if (capture) {
    capture({ label, width, height, children });
    return null;
  }
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
