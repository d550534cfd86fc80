import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { ComparisonCell } from '../../data/derive';
import { formatPercent } from '../shared/format';
import { tickCount } from '../shared/labelMargin';

/** Two indicators against each other: one dot per country, EU27 as crosshair lines. */

export interface ScatterPoint {
  country: string;
  name: string;
  x: number;
  y: number;
  xValue: number;
  yValue: number;
  title: string;
  labelAnchor: 'start' | 'end';
}

export interface ScatterLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  points: ScatterPoint[];
  euX: number | null;
  euY: number | null;
  /** Countries without both values, named under the chart rather than drawn at zero. */
  missing: string[];
}

export interface ScatterInput {
  xCells: readonly ComparisonCell[];
  yCells: readonly ComparisonCell[];
  euX: number | null;
  euY: number | null;
  width: number;
}

function domainOf(values: number[]): [number, number] {
  const [lo = 0, hi = 100] = extent(values);
  const pad = Math.max(2, (hi - lo) * 0.08);
  return [Math.max(0, lo - pad), Math.min(100, hi + pad)];
}

export function scatterLayout({ xCells, yCells, euX, euY, width }: ScatterInput): ScatterLayout {
  const height = Math.round(Math.min(560, Math.max(300, width * 0.62)));
  const plot = { left: 56, right: width - 24, top: 16, bottom: height - 48 };
  const yByCountry = new Map(yCells.map((c) => [c.country, c]));
  const pairs = xCells.flatMap((xc) => {
    const yc = yByCountry.get(xc.country);
    return xc.value !== null && yc?.value != null ? [{ xc, yc, xv: xc.value, yv: yc.value }] : [];
  });
  const missing = xCells
    .filter((xc) => !pairs.some((p) => p.xc.country === xc.country))
    .map((xc) => xc.countryName);
  const xs = [...pairs.map((p) => p.xv), ...(euX === null ? [] : [euX])];
  const ys = [...pairs.map((p) => p.yv), ...(euY === null ? [] : [euY])];
  const x = scaleLinear().domain(domainOf(xs)).range([plot.left, plot.right]).nice();
  const y = scaleLinear().domain(domainOf(ys)).range([plot.bottom, plot.top]).nice();
  const midX = (plot.left + plot.right) / 2;
  return {
    width,
    height,
    plot,
    xTicks: x.ticks(tickCount(plot.right - plot.left)).map((t) => ({ x: x(t), label: `${t} %` })),
    yTicks: y.ticks(6).map((t) => ({ y: y(t), label: `${t} %` })),
    points: pairs.map(({ xc, yc, xv, yv }) => ({
      country: xc.country,
      name: xc.countryName,
      x: x(xv),
      y: y(yv),
      xValue: xv,
      yValue: yv,
      title: `${xc.countryName} — ${xc.indicatorLabel}: ${formatPercent(xv)}; ${yc.indicatorLabel}: ${formatPercent(yv)}${xc.year ? ` (${xc.year})` : ''}`,
      labelAnchor: x(xv) > midX ? 'end' : 'start',
    })),
    euX: euX === null ? null : x(euX),
    euY: euY === null ? null : y(euY),
    missing,
  };
}
