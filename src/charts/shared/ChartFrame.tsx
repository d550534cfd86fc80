import { type ReactNode, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { TipAnchor } from './MarkLayer';
import { placeTooltip, type TooltipAnchor, type TooltipBounds } from './tooltipPlacement';
import { useElementWidth } from './useElementWidth';

/** The figure around every chart: title, legend, the drawing (sized to its container), source line. */

export interface TooltipState {
  lines: string[];
  anchor: TooltipAnchor;
  bounds: TooltipBounds;
}

/** Space kept between a tooltip and the edge of the window. */
const EDGE = 8;

export interface ChartFrameProps {
  title: string;
  subtitle: string;
  legend: ReactNode;
  /** A line at the top, under the subtitle: what the reader looks for and the view lacks
   * ("No figure for Denmark in this view."). */
  lead?: string | null;
  /** Lines under the drawing: countries without data, surveys without an average. */
  notes?: readonly string[];
  source: string;
  /** The title's heading level: 1 where the chart is the page (the embed), else 2 (under the app's h1). */
  titleLevel?: 1 | 2;
  /** First-render width guess, before the container is measured. */
  estimateWidth: () => number;
  children: (props: {
    width: number;
    showTip: (lines: string[], target: TipAnchor) => void;
    hideTip: () => void;
  }) => ReactNode;
}

export function ChartFrame({
  title,
  subtitle,
  legend,
  lead = null,
  notes = [],
  source,
  estimateWidth,
  titleLevel = 2,
  children,
}: ChartFrameProps) {
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  const canvasRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(canvasRef, estimateWidth);
  const tipRef = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<TooltipState | null>(null);
  const [tipPosition, setTipPosition] = useState<{ left: number; top: number } | null>(null);
  // Stable across renders (refs and state setters only), so a chart can memoise the marks that use them.
  const showTip = useCallback((lines: string[], target: TipAnchor) => {
    const canvas = canvasRef.current?.getBoundingClientRect();
    const mark = target.getBoundingClientRect();
    if (!canvas) return;
    const viewportWidth = document.documentElement.clientWidth;
    setTipPosition(null);
    setTip({
      lines,
      anchor: {
        x: mark.left - canvas.left + mark.width / 2,
        top: mark.top - canvas.top,
        bottom: mark.bottom - canvas.top,
      },
      bounds: { left: EDGE - canvas.left, right: viewportWidth - EDGE - canvas.left, top: EDGE - canvas.top },
    });
  }, []);
  const hideTip = useCallback(() => setTip(null), []);
  // Measure the tooltip before paint, then place it inside the window.
  useLayoutEffect(() => {
    const element = tipRef.current;
    if (!tip || !element) return;
    const { left, top } = placeTooltip(
      tip.anchor,
      { width: element.offsetWidth, height: element.offsetHeight },
      tip.bounds,
    );
    setTipPosition({ left, top });
  }, [tip]);
  return (
    <figure className="chart-figure" data-testid="chart-figure">
      <figcaption className="chart-caption">
        {/* A title longer than its clamp of lines (a label of 5,000 characters) keeps its full text here. */}
        <Title className="chart-title" title={title.length > 200 ? title : undefined}>
          {title}
        </Title>
        <p className="chart-subtitle" title={subtitle.length > 200 ? subtitle : undefined}>
          {subtitle}
        </p>
      </figcaption>
      {lead && (
        <p className="chart-lead" role="note">
          {lead}
        </p>
      )}
      <div className="chart-legend">{legend}</div>
      {/* A tap on a mark shows its tooltip and changes nothing else (shared/useMarks.ts). */}
      <div className="chart-canvas" ref={canvasRef} onMouseLeave={hideTip}>
        {children({ width, showTip, hideTip })}
        {tip && (
          <div
            className="chart-tooltip"
            role="tooltip"
            id="chart-tooltip"
            ref={tipRef}
            style={
              tipPosition
                ? { left: tipPosition.left, top: tipPosition.top }
                : { left: 0, top: 0, visibility: 'hidden' }
            }
          >
            {tip.lines.map((line, i) => (
              <div key={line} className={i === 0 ? 'chart-tooltip-head' : undefined}>
                {line}
              </div>
            ))}
          </div>
        )}
      </div>
      {notes.map((note) => (
        <p key={note} className="chart-note">
          {note}
        </p>
      ))}
      <p className="chart-source">{source}</p>
    </figure>
  );
}
