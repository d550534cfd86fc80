import { scaleBand } from 'd3-scale';
import type { RankedCountry } from '../../data/derive';
import type { RowChartArea } from '../shared/chartArea';
import { markTitle } from '../shared/format';
import { labelMargin, percentAxis, ticksAcross } from '../shared/measure';

/** One indicator, every country sorted (missing last), selected ones highlighted, EU27 as a line. */

export interface RankingMark {
  key: string;
  country: string;
  name: string;
  rank: number | null;
  value: number | null;
  selected: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** Where the value label starts: after the bar, or after the "no data" swatch. */
  labelX: number;
  title: string;
}

export interface RankingLayout extends RowChartArea {
  euX: number | null;
  /** The EU27 line's label, below the bars; left of the line when it would run off the right edge. */
  euLabel: { x: number; y: number; anchor: 'start' | 'end' } | null;
  marks: RankingMark[];
}

const ROW = 20;
/** Width of the "no data" swatch drawn in place of a bar. */
export const NO_DATA_SWATCH = 60;
/** Room the EU27 label ("EU27 87.4 %") needs right of its line. */
const EU_LABEL_ROOM = 76;

export function rankingLayout(
  ranked: readonly RankedCountry[],
  referenceValue: number | null,
  width: number,
): RankingLayout {
  const left = labelMargin(
    ranked.map((r) => r.countryName),
    width,
    40,
    90,
  );
  const top = 28;
  // Below the bars: room for the EU27 line's label, clear of the last bar's value.
  const height = top + ranked.length * ROW + 22;
  const plot = { left, right: Math.max(left + 60, width - 48), top, bottom: height - 22 };
  const x = percentAxis(plot.left, plot.right);
  const y = scaleBand<string>()
    .domain(ranked.map((r) => r.country))
    .range([plot.top, plot.bottom])
    .paddingInner(0.2);
  const euX = referenceValue === null ? null : x(referenceValue);
  const euLabelLeft = euX !== null && euX + EU_LABEL_ROOM > width;
  return {
    width,
    height,
    plot,
    ticks: ticksAcross(x, plot),
    euX,
    euLabel:
      euX === null
        ? null
        : { x: euLabelLeft ? euX - 4 : euX + 4, y: plot.bottom + 14, anchor: euLabelLeft ? 'end' : 'start' },
    marks: ranked.map((r) => ({
      key: r.country,
      country: r.country,
      name: r.countryName,
      rank: r.rank,
      value: r.value,
      selected: r.selected,
      x: x(0),
      y: y(r.country) ?? 0,
      width: r.value === null ? 0 : x(r.value) - x(0),
      height: y.bandwidth(),
      label: r.value === null ? 'no data' : String(r.value),
      labelX: r.value === null ? x(0) + NO_DATA_SWATCH + 4 : x(r.value) + 4,
      title: `${r.rank === null ? 'Unranked' : `Rank ${r.rank}`}: ${markTitle(r)}${r.selected ? ' (selected)' : ''}`,
    })),
  };
}
