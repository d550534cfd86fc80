import { ownText } from '../../data/bidi';
import type { ComparisonCell } from '../../data/derive';
import type { ChartArea, TickAcross, TickDown } from '../shared/chartArea';
import { formatPercent } from '../shared/format';
import { AXIS_TITLE_GLYPH, POINT_GLYPH, percentAxis, ticksAcross, wrapWords } from '../shared/measure';
import { separateLabels } from '../shared/separateLabels';

/** Two indicators against each other: one dot per country, EU27 as crosshair lines. */

export interface ScatterPoint {
  country: string;
  name: string;
  x: number;
  y: number;
  xValue: number;
  yValue: number;
  title: string;
  /** The point's label: the country, with `labels=1` its two values too ("France: 82.8 %, 72.3 %"). */
  label: string;
  labelAnchor: 'start' | 'end';
  /** The label's y: at the point, or moved clear of the other labels (separateLabels). */
  labelY: number;
}

export interface ScatterLayout extends ChartArea {
  xTicks: TickAcross[];
  yTicks: TickDown[];
  points: ScatterPoint[];
  euX: number | null;
  euY: number | null;
  /** Countries without both values, named under the chart rather than drawn at zero. */
  missing: string[];
  /** The axis titles, wrapped to fit along their axis (at most two lines each, shortened with "…"). */
  xTitle: string[];
  yTitle: string[];
}

export interface ScatterInput {
  xCells: readonly ComparisonCell[];
  yCells: readonly ComparisonCell[];
  euX: number | null;
  euY: number | null;
  width: number;
  /** The axis titles (the indicators' labels); "" draws none. */
  xTitle?: string;
  yTitle?: string;
  /** labels=1: each point's values in its label. */
  values?: boolean;
}

const TITLE_LINE = 14;
/** The least distance between two point labels. */
const LABEL_SPACING = 13;

/** `text` in at most `maxLines` lines of `length` px; the last line ends in "…" when it does not fit. */
export function fitTitle(text: string, length: number, maxLines = 2): string[] {
  const perLine = Math.max(8, Math.floor(length / AXIS_TITLE_GLYPH));
  const lines = wrapWords(text, perLine);
  if (lines.length <= maxLines && lines.every((l) => l.length <= perLine)) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = `${(kept[last] ?? '').slice(0, perLine - 1).trimEnd()}…`;
  return kept;
}

export function scatterLayout({
  xCells,
  yCells,
  euX,
  euY,
  width,
  xTitle: xText = '',
  yTitle: yText = '',
  values = false,
}: ScatterInput): ScatterLayout {
  const height = Math.round(Math.min(560, Math.max(300, width * 0.62)));
  // A second title line takes room from the plot, so no title runs past the drawing's edge.
  const yTitle = yText ? fitTitle(`${yText} →`, height - 16 - 48) : [];
  const left = 56 + Math.max(0, yTitle.length - 1) * TITLE_LINE;
  const xTitle = xText ? fitTitle(`${xText} →`, width - left - 24) : [];
  const plot = {
    left,
    right: width - 24,
    top: 16,
    bottom: height - 48 - Math.max(0, xTitle.length - 1) * TITLE_LINE,
  };
  const yByCountry = new Map(yCells.map((c) => [c.country, c]));
  const pairs = xCells.flatMap((xc) => {
    const yc = yByCountry.get(xc.country);
    return xc.value !== null && yc?.value != null ? [{ xc, yc, xv: xc.value, yv: yc.value }] : [];
  });
  const missing = xCells
    .filter((xc) => !pairs.some((p) => p.xc.country === xc.country))
    .map((xc) => xc.countryName);
  // Both axes run from 0 to 100 %: a zoomed axis (74–90 %) would make small differences look large.
  const x = percentAxis(plot.left, plot.right);
  const y = percentAxis(plot.bottom, plot.top);
  const midX = (plot.left + plot.right) / 2;
  const points: ScatterPoint[] = pairs.map(({ xc, yc, xv, yv }) => ({
    country: xc.country,
    name: xc.countryName,
    x: x(xv),
    y: y(yv),
    xValue: xv,
    yValue: yv,
    title: `${xc.countryName} — ${ownText(xc.indicator, xc.indicatorLabel)}: ${formatPercent(xv)}; ${ownText(yc.indicator, yc.indicatorLabel)}: ${formatPercent(yv)}${xc.year ? ` (${xc.year})` : ''}`,
    label: values ? `${xc.countryName}: ${formatPercent(xv)}, ${formatPercent(yv)}` : xc.countryName,
    labelAnchor: x(xv) > midX ? 'end' : 'start',
    labelY: y(yv),
  }));
  // On a 0–100 axis close countries sit close together: their labels are moved apart, never on top
  // of each other (the same pass as the end labels Over time).
  const labelYs = separateLabels(
    points.map((p) => {
      const width = p.label.length * POINT_GLYPH;
      return { x: p.labelAnchor === 'start' ? p.x + 9 : p.x - 9 - width, y: p.y, width };
    }),
    LABEL_SPACING,
    plot.top,
    plot.bottom,
  );
  points.forEach((p, i) => {
    p.labelY = labelYs[i] ?? p.y;
  });
  return {
    width,
    height,
    plot,
    xTicks: ticksAcross(x, plot),
    yTicks: y.ticks(6).map((t) => ({ y: t.at, label: t.label })),
    points,
    euX: euX === null ? null : x(euX),
    euY: euY === null ? null : y(euY),
    missing,
    xTitle,
    yTitle,
  };
}
