import { scaleBand } from 'd3-scale';
import { ownText } from '../../data/bidi';
import type { ComparisonCell } from '../../data/derive';
import type { RowChartArea } from '../shared/chartArea';
import { formatGap } from '../shared/format';
import { labelMargin, tickCount } from '../shared/measure';
import { gapAxis } from './gapAxis';

/**
 * Diverging bars of the gap to the EU27 average (percentage points): zero line = EU27, one band per
 * country, sorted by the gap on the first indicator (largest above first), missing gaps last.
 */

export interface GapLayoutInput {
  cells: readonly ComparisonCell[];
  indicators: readonly string[];
  /** Name of the zero line: the average the gaps are measured against ("EU27", "EU27 / EU15"). */
  zeroLabel?: string;
  colours: ReadonlyMap<string, string>;
  width: number;
}

export interface GapMark {
  key: string;
  country: string;
  indicator: string;
  gap: number | null;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  label: string;
  labelX: number;
  labelAnchor: 'start' | 'end';
  title: string;
}

export interface GapLayout extends RowChartArea {
  zeroX: number;
  /** One row per country; `banded`: every second row, on a light band. */
  groups: { country: string; name: string; y: number; height: number; banded: boolean }[];
  marks: GapMark[];
}

const BAR = 14;
const PAD = 10;

export function sortCountriesByGap(
  cells: readonly ComparisonCell[],
  indicator: string | undefined,
): string[] {
  const countries = [...new Set(cells.map((c) => c.country))];
  const gaps = new Map<string, number | null>();
  for (const c of cells) if (c.indicator === indicator) gaps.set(c.country, c.gap);
  return countries.sort((a, b) => {
    const ga = gaps.get(a) ?? null;
    const gb = gaps.get(b) ?? null;
    if (ga === null && gb === null) return 0;
    if (ga === null) return 1;
    if (gb === null) return -1;
    return gb - ga;
  });
}

export function gapLayout({
  cells,
  indicators,
  zeroLabel = 'EU27',
  colours,
  width,
}: GapLayoutInput): GapLayout {
  const countries = sortCountriesByGap(cells, indicators[0]);
  const names = new Map(cells.map((c) => [c.country, c.countryName]));
  const left = labelMargin([...names.values()], width);
  const groupHeight = Math.max(1, indicators.length) * BAR + PAD;
  const top = 28;
  const height = top + countries.length * groupHeight + 8;
  const plot = { left, right: Math.max(left + 60, width - 56), top, bottom: height - 8 };
  const extent = Math.max(5, ...cells.map((c) => Math.abs(c.gap ?? 0)));
  const limit = Math.ceil(extent / 5) * 5;
  const x = gapAxis([-limit, limit], [plot.left + 40, plot.right]);
  const y = scaleBand<string>()
    .domain(countries)
    .range([plot.top, plot.bottom])
    .paddingInner(PAD / groupHeight);
  const inner = scaleBand<string>().domain(indicators).range([0, y.bandwidth()]).paddingInner(0.12);
  const zeroX = x(0);
  const marks: GapMark[] = cells.flatMap((c) => {
    const yBand = y(c.country);
    const yInner = inner(c.indicator);
    if (yBand === undefined || yInner === undefined) return [];
    const gap = c.gap;
    const end = gap === null ? zeroX : x(gap);
    const title =
      gap === null
        ? `${c.countryName} — ${ownText(c.indicator, c.indicatorLabel)}: no data for the gap to the ${c.referenceCode ?? 'survey'} average${c.year ? ` (${c.year})` : ''}`
        : `${c.countryName} — ${ownText(c.indicator, c.indicatorLabel)}: ${formatGap(gap)} percentage points against the ${c.referenceCode} average (${c.value} % vs ${c.referenceValue} %${c.year ? `, ${c.year}` : ''})`;
    return [
      {
        key: `${c.country}|${c.indicator}`,
        country: c.country,
        indicator: c.indicator,
        gap,
        x: Math.min(zeroX, end),
        y: yBand + yInner,
        width: Math.abs(end - zeroX),
        height: inner.bandwidth(),
        colour: colours.get(c.indicator) ?? '#000',
        label: gap === null ? 'no data' : formatGap(gap),
        labelX: gap !== null && gap < 0 ? end - 4 : end + 4,
        labelAnchor: gap !== null && gap < 0 ? 'end' : 'start',
        title,
      },
    ];
  });
  return {
    width,
    height,
    zeroX,
    plot,
    ticks: x
      .ticks(tickCount(plot.right - plot.left))
      .map((t) => ({ x: x(t), label: t === 0 ? zeroLabel : `${t > 0 ? '+' : '−'}${Math.abs(t)}` })),
    groups: countries.map((country, i) => ({
      country,
      name: names.get(country) ?? country,
      y: y(country) ?? 0,
      height: y.bandwidth(),
      banded: i % 2 === 1,
    })),
    marks,
  };
}
