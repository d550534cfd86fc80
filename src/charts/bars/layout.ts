import { scaleBand } from 'd3-scale';
import type { ComparisonCell } from '../../data/derive';
import type { RowChartArea } from '../shared/chartArea';
import { formatValue, markTitle } from '../shared/format';
import { labelMargin, percentAxis, ticksAcross } from '../shared/measure';

/** Grouped horizontal bars: one band per country, one bar per indicator, the survey's average as a
 * tick on each bar. Reference rows (the survey averages) come first and show only their survey's bars. */

export interface BarsLayoutInput {
  /** Row-major cells; a row may lack an indicator (a reference row of another survey). */
  cells: readonly ComparisonCell[];
  countries: readonly string[];
  /** Rows that are survey averages (EU27, EU15 …), drawn as reference groups. */
  references?: ReadonlySet<string>;
  indicators: readonly string[];
  colours: ReadonlyMap<string, string>;
  width: number;
}

export interface BarMark {
  key: string;
  country: string;
  indicator: string;
  x: number;
  y: number;
  /** y within its country's group (y − the group's y): the same whatever rows come before. */
  offsetY: number;
  width: number;
  height: number;
  colour: string;
  value: number | null;
  label: string;
  labelX: number;
  title: string;
  /** x of the survey's average for this indicator, or null. */
  referenceX: number | null;
  reference: boolean;
}

export interface BarsLayout extends RowChartArea {
  groups: { country: string; name: string; y: number; height: number; reference: boolean }[];
  bars: BarMark[];
}

export const BAR_HEIGHT = 14;
const GROUP_PADDING = 10;
const MARGIN = { top: 28, right: 48, bottom: 8 };

/** Rough width of an 11 px value label ("82.8"): enough to tell whether the EU27 tick crosses it. */
const LABEL_CHAR_WIDTH = 6.5;

/** A value label starts just after its bar, or just after the EU27 tick when the tick would cross it. */
export function valueLabelX(afterBar: number, label: string, referenceX: number | null): number {
  if (referenceX === null) return afterBar;
  const end = afterBar + label.length * LABEL_CHAR_WIDTH;
  return referenceX >= afterBar - 3 && referenceX <= end + 2 ? referenceX + 4 : afterBar;
}

export function barsLayout({
  cells,
  countries,
  references = new Set(['EU27']),
  indicators,
  colours,
  width,
}: BarsLayoutInput): BarsLayout {
  const names = countries.map((c) => cells.find((x) => x.country === c)?.countryName ?? c);
  const left = labelMargin(names, width);
  const byKey = new Map(cells.map((c) => [`${c.country}|${c.indicator}`, c]));
  // A country's row has a slot for every indicator (a missing value is drawn as no data); an
  // average's row only for the indicators whose survey published it, so no empty band is drawn.
  const slots = countries.map((country) =>
    references.has(country) ? indicators.filter((i) => byKey.has(`${country}|${i}`)) : indicators,
  );
  const bandStep = BAR_HEIGHT;
  const groupY: number[] = [];
  let cursor = MARGIN.top;
  for (const list of slots) {
    groupY.push(cursor);
    cursor += Math.max(1, list.length) * bandStep + GROUP_PADDING;
  }
  const height = cursor + MARGIN.bottom;
  const plot = {
    left,
    right: Math.max(left + 40, width - MARGIN.right),
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
  const x = percentAxis(plot.left, plot.right);
  const bars: BarMark[] = [];
  countries.forEach((country, row) => {
    const list = slots[row] ?? [];
    const inner = scaleBand<string>()
      .domain(list)
      .range([0, Math.max(1, list.length) * bandStep])
      .paddingInner(0.12)
      .paddingOuter(0.06);
    for (const indicator of list) {
      const cell = byKey.get(`${country}|${indicator}`);
      if (!cell) continue;
      const value = cell.value;
      const barWidth = value === null ? 0 : x(value) - x(0);
      const referenceX =
        cell.referenceValue === null || references.has(cell.country) ? null : x(cell.referenceValue);
      const label = formatValue(value);
      const offsetY = inner(indicator) ?? 0;
      bars.push({
        key: `${country}|${indicator}`,
        country,
        indicator,
        x: x(0),
        y: (groupY[row] ?? 0) + offsetY,
        offsetY,
        width: barWidth,
        height: inner.bandwidth(),
        colour: colours.get(indicator) ?? '#000000',
        value,
        label,
        labelX: valueLabelX(x(0) + barWidth + 4, label, referenceX),
        title: markTitle(cell),
        referenceX,
        reference: references.has(country),
      });
    }
  });
  return {
    width,
    height,
    plot,
    ticks: ticksAcross(x, plot),
    groups: countries.map((country, i) => ({
      country,
      name: names[i] ?? country,
      y: groupY[i] ?? 0,
      height: Math.max(1, slots[i]?.length ?? 0) * bandStep,
      reference: references.has(country),
    })),
    bars,
  };
}
