import { type ReactNode, useRef, useState } from 'react';
import { useElementWidth } from './useElementWidth';

/** The figure around every chart: title, legend, the drawing (sized to its container), source line. */

export interface TooltipState {
  lines: string[];
  x: number;
  y: number;
}

export interface ChartFrameProps {
  title: string;
  subtitle: string;
  legend: ReactNode;
  source: string;
  /** First-render width guess, before the container is measured. */
  estimateWidth: () => number;
  children: (props: {
    width: number;
    showTip: (lines: string[], target: Element) => void;
    hideTip: () => void;
  }) => ReactNode;
}

export function ChartFrame({ title, subtitle, legend, source, estimateWidth, children }: ChartFrameProps) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(canvasRef, estimateWidth);
  const [tip, setTip] = useState<TooltipState | null>(null);
  const showTip = (lines: string[], target: Element) => {
    const canvas = canvasRef.current?.getBoundingClientRect();
    const mark = target.getBoundingClientRect();
    if (!canvas) return;
    setTip({ lines, x: mark.left - canvas.left + mark.width / 2, y: mark.top - canvas.top });
  };
  const hideTip = () => setTip(null);
  return (
    <figure className="chart-figure" data-testid="chart-figure">
      <figcaption className="chart-caption">
        <h2 className="chart-title">{title}</h2>
        <p className="chart-subtitle">{subtitle}</p>
      </figcaption>
      <div className="chart-legend">{legend}</div>
      <div className="chart-canvas" ref={canvasRef} onMouseLeave={hideTip}>
        {children({ width, showTip, hideTip })}
        {tip && (
          <div
            className="chart-tooltip"
            role="tooltip"
            id="chart-tooltip"
            style={{ left: tip.x, top: tip.y }}
          >
            {tip.lines.map((line, i) => (
              <div key={line} className={i === 0 ? 'chart-tooltip-head' : undefined}>
                {line}
              </div>
            ))}
          </div>
        )}
      </div>
      <p className="chart-source">{source}</p>
    </figure>
  );
}
