import type { ReactNode } from 'react';
import { highlightLabel, highlightMark } from './highlight';
import { EU_REFERENCE_COLOUR } from './palette';

/**
 * The pieces the row charts (bars, ranking, gap) and the point charts draw alike: a row's country
 * name left of the plot, a bar or the "no data" swatch in its place, the survey's average as a
 * line, and value ticks down the left of a plot.
 */

/** A row's name, right-aligned left of the plot; with `onOpen`, a control that opens the country's profile. */
export function RowLabel({
  x,
  y,
  fontSize,
  fontWeight,
  highlight,
  onOpen,
  children,
}: {
  x: number;
  y: number;
  fontSize: string;
  fontWeight?: number;
  highlight: boolean;
  onOpen?: (() => void) | undefined;
  children: ReactNode;
}) {
  return (
    <text
      x={x}
      y={y}
      dy="0.35em"
      textAnchor="end"
      fontSize={fontSize}
      fontWeight={fontWeight}
      fill="#1a1a1a"
      className={onOpen ? 'country-label' : undefined}
      onClick={onOpen}
      {...highlightLabel(highlight)}
    >
      {children}
    </text>
  );
}

/** A bar, or where the value is missing the hatched "no data" swatch (NoDataPattern) `missingWidth` wide. */
export function BarRect({
  x,
  y,
  width,
  height,
  fill,
  missingWidth,
  highlight,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  /** null: no value. */
  fill: string | null;
  missingWidth: number;
  highlight: boolean;
}) {
  return fill === null ? (
    <rect
      x={x}
      y={y}
      width={missingWidth}
      height={height}
      fill="url(#no-data-hatch)"
      stroke="#6b6b6b"
      strokeWidth="0.5"
    />
  ) : (
    <rect x={x} y={y} width={width} height={height} fill={fill} {...highlightMark(highlight, 1.5)} />
  );
}

/** The survey's own average (EU27 …) as a line: solid, or dashed where it crosses the plot. */
export function ReferenceLine({
  x1,
  x2,
  y1,
  y2,
  width,
  dashed = false,
}: {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  width: number;
  dashed?: boolean;
}) {
  return (
    <line
      x1={x1}
      x2={x2}
      y1={y1}
      y2={y2}
      stroke={EU_REFERENCE_COLOUR}
      strokeWidth={String(width)}
      strokeDasharray={dashed ? '5 3' : undefined}
    />
  );
}

/** The survey's average for one bar: a 2 px tick across it at `x`, `overhang` px past its edges. */
export function ReferenceTick({
  x,
  y,
  height,
  overhang,
}: {
  x: number;
  y: number;
  height: number;
  overhang: number;
}) {
  return <ReferenceLine x1={x} x2={x} y1={y - overhang} y2={y + height + overhang} width={2} />;
}

/** Value ticks down the left of a plot: a rule across it and the tick's label left of it. */
export function LeftAxis({
  ticks,
  plot,
}: {
  ticks: readonly { y: number; label: string }[];
  plot: { left: number; right: number };
}) {
  return ticks.map((t) => (
    <g key={t.label}>
      <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} stroke="#e3e3e3" />
      <text x={plot.left - 6} y={t.y} dy="0.35em" textAnchor="end">
        {t.label}
      </text>
    </g>
  ));
}
