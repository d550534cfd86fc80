import type { RowChartArea } from '../charts/shared/chartArea';
import { formatPercent, formatValue, markTitle } from '../charts/shared/format';
import { labelMargin, percentAxis, ticksAcross, VALUE_GLYPH } from '../charts/shared/measure';
import type { BriefChartGroup } from './briefChartRows';

/**
 * Layout of the brief's compact chart (pure): per concept a heading, then one bar per survey row
 * (the country's figure) with the survey's own average as a tick and a diamond, in the wave of the
 * figure. Marks differ by shape as well as colour (bar against tick), so the chart reads in grey.
 */

export interface BriefBar {
  key: string;
  surveyId: string;
  label: string;
  y: number;
  height: number;
  x: number;
  width: number;
  value: number;
  valueLabel: string;
  valueX: number;
  /** x of the survey's own average in the same wave, or null when none was published. */
  referenceX: number | null;
  /** "EU27 87.4 %" or "no average published". */
  referenceLabel: string;
  title: string;
}

export interface BriefChartLayout extends RowChartArea {
  headings: { key: string; label: string; y: number; empty: string | null }[];
  bars: BriefBar[];
}

const ROW = 15;
const BAR = 10;
const HEADING = 18;
const MARGIN = { top: 18, right: 150, bottom: 4 };
/** Room between a row's label and the plot for its survey's mark (the dashboard's, src/charts/surveys/style.ts). */
export const MARK_ROOM = 16;
/** Where the average's text starts, right of the plot: past a value label at 100 %. */
export const AVERAGE_TEXT_OFFSET = 36;

/**
 * The survey's own average as the brief writes it: "EU27 87.4 %"; "no average published" when the
 * survey published none; "EU15 not held" when it publishes one, but the sources we hold do not give it
 * for this figure.
 */
export function averageText(code: string | null, value: number | null): string {
  if (code === null) return 'no average published';
  return value === null ? `${code} not held` : `${code} ${formatPercent(value)}`;
}

/** The value label starts after the bar, or after the average's diamond when that would cross it. */
export function labelX(barEnd: number, label: string, referenceX: number | null): number {
  const end = barEnd + 4 + label.length * VALUE_GLYPH;
  return referenceX !== null && referenceX >= barEnd - 6 && referenceX <= end + 5
    ? referenceX + 8
    : barEnd + 4;
}

export function briefChartLayout(groups: readonly BriefChartGroup[], width: number): BriefChartLayout {
  const labels = groups.flatMap((g) => g.rows.map((r) => r.label));
  const left = labelMargin(labels, width, 12, 90, 0.38) * 0.85 + MARK_ROOM;
  const right = Math.max(left + 60, width - MARGIN.right);
  const x = percentAxis(left, right);
  const headings: BriefChartLayout['headings'] = [];
  const bars: BriefBar[] = [];
  let y = MARGIN.top;
  for (const group of groups) {
    headings.push({
      key: group.concept,
      label: group.label,
      y: y + HEADING - 6,
      empty: group.rows.length === 0 ? 'no figure in the sources we hold' : null,
    });
    y += HEADING;
    for (const row of group.rows) {
      const { cell } = row;
      const value = cell.value ?? 0;
      const referenceX = cell.referenceValue === null ? null : x(cell.referenceValue);
      const valueLabel = formatValue(cell.value);
      const barEnd = x(value);
      bars.push({
        key: row.key,
        surveyId: row.surveyId,
        label: row.label,
        y: y + (ROW - BAR) / 2,
        height: BAR,
        x: x(0),
        width: barEnd - x(0),
        value,
        valueLabel,
        valueX: labelX(barEnd, valueLabel, referenceX),
        referenceX,
        referenceLabel: averageText(cell.referenceCode, cell.referenceValue),
        title: `${markTitle(cell)}, ${row.label}; ${
          cell.referenceCode && cell.referenceValue !== null
            ? `${cell.referenceCode} average ${formatPercent(cell.referenceValue)}`
            : averageText(cell.referenceCode, null)
        }`,
      });
      y += ROW;
    }
    if (group.rows.length === 0) y += ROW;
  }
  const height = y + MARGIN.bottom;
  return {
    width,
    height,
    plot: { left: x(0), right, top: MARGIN.top, bottom: y },
    ticks: ticksAcross(x, { left, right }),
    headings,
    bars,
  };
}
