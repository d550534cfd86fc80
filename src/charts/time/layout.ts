import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { ownText } from '../../data/bidi';
import type { ComparisonCell } from '../../data/derive';
import type { SurveyPanel, SurveyPoint } from '../../data/surveyPanels';
import { surveyWaveLabel } from '../../data/surveyWave';
import type { PanelArea, TickAcross, TickDown } from '../shared/chartArea';
import { formatPercent, formatValue } from '../shared/format';
import { NAME_GLYPH, NOTE_GLYPH, percentAxis, tickCount } from '../shared/measure';
import { type Box, overlaps, type PlacedLabel, placeLabels } from '../shared/placeLabels';
import { separateLabels } from '../shared/separateLabels';
import type { SurveyStyle } from '../surveys/style';

export { separateLabels } from '../shared/separateLabels';

/**
 * Over time across surveys (issue 25.1): the rule of All surveys on a time axis. One panel per
 * concept of the selected indicators (an indicator of an unknown concept in a panel of its own, own
 * data in one panel: src/data/surveyPanels.ts, scope `selected`), x = survey year at true spacing,
 * y = 0–100 %. Each country's figures of one indicator are one line in the colour and shape of its
 * survey (src/charts/surveys/style.ts), broken at a wave of that indicator without a value: a line
 * never runs from one survey to another, nor from one indicator to another. Each survey's own
 * average is its own dashed line with hollow marks. A label at the end of each line names the country
 * (the average, with its survey), nudged apart so labels never overlap; with `labels=1` each mark's
 * value goes beside it where it overlaps no mark, label or other value (placeLabels).
 */

export interface TimePoint {
  key: string;
  country: string;
  surveyId: string;
  indicator: string;
  year: number;
  x: number;
  y: number;
  value: number;
  title: string;
  cell: ComparisonCell;
}

export interface EndLabel {
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'end';
}

export interface TimeLineLayout {
  key: string;
  country: string;
  name: string;
  surveyId: string;
  indicator: string;
  colour: string;
  /** The survey's shape, an SVG path centred on 0,0. */
  shape: string;
  path: string;
  points: TimePoint[];
  /** Right of the line's last point (nudged apart from the other labels); `end`: left of it, where
   * the right side would cover another line's mark. */
  label: EndLabel | null;
  /** From the last point to its label, when the label had to move. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  reference: boolean;
}

export interface TimePanelLayout extends PanelArea {
  xTicks: TickAcross[];
  yTicks: TickDown[];
  lines: TimeLineLayout[];
  /** labels=1: the value beside each mark that has room (the others keep it in their title). */
  values: PlacedLabel[];
  /** The surveys drawn, in the panel's order. */
  surveys: string[];
  /** The first and last wave on the axis (null: none). */
  span: [number, number] | null;
}

export interface TimeLayout {
  width: number;
  height: number;
  panels: TimePanelLayout[];
}

export interface TimeLayoutInput {
  panels: readonly SurveyPanel[];
  /** The waves of each indicator (any country with a value): a line breaks at one without a value. */
  waves: ReadonlyMap<string, readonly number[]>;
  styles: ReadonlyMap<string, SurveyStyle>;
  width: number;
  /** labels=1: each mark's value beside it. */
  values?: boolean;
}

const PANEL_HEIGHT = 260;
const PANEL_GAP = 28;
const TITLE = 22;
const LABEL_SPACING = 13;
/** Half the size of a mark (the star reaches 8 px from its centre at full size; drawn at 0.8). */
const MARK_HALF = 6;

/** Moves labels (sorted by y) down so that consecutive ones are at least `spacing` apart, then back
 * up from the bottom so none falls out of the plot. Pure: returns new y values, in the input order.
 * Only when there is no room for all of them does the top one get clamped (and may then overlap). */
export function spreadLabels(ys: readonly number[], spacing: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) {
    placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + spacing);
  }
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? bottom : (placed[k + 1] as number) - spacing;
    placed[k] = Math.min(placed[k] as number, limit);
  }
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(top, placed[k] as number);
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => {
    out[o.i] = placed[k] as number;
  });
  return out;
}

/** "Sweden — EC GP survey 2013: GPs using e-prescribing: 45 % (2013)". */
export function timeMarkTitle(cell: ComparisonCell, surveyName: string): string {
  return `${cell.countryName} — ${surveyWaveLabel(surveyName, cell.year)}: ${ownText(cell.indicator, cell.indicatorLabel)}: ${formatPercent(cell.value)}`;
}

/** The line's waves: every wave of its indicator, a value where the row has one (else a break). */
function wavePoints(
  points: readonly SurveyPoint[],
  waves: readonly number[],
): { year: number; value: number | null }[] {
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  const years = [...new Set([...waves, ...byYear.keys()])].sort((a, b) => a - b);
  return years.map((year) => ({ year, value: byYear.get(year) ?? null }));
}

/** The room an end label takes (11.5 px text, anchored at x). */
export function labelBox(label: EndLabel): Box {
  const w = label.text.length * NOTE_GLYPH;
  const x1 = label.anchor === 'end' ? label.x - w : label.x;
  return { x1, x2: x1 + w, y1: label.y - 6, y2: label.y + 6 };
}

/**
 * An end label that covers a mark of another line (a line ending early, in the middle of the plot)
 * goes left of its point instead, at its point's height, where it covers no mark and no other label;
 * with no such room it stays (the labels never overlap one another either way).
 */
function moveLabelsOffMarks(lines: readonly TimeLineLayout[], marks: readonly Box[], left: number): void {
  for (const l of lines) {
    const end = l.points.at(-1);
    const label = l.label;
    if (!label || !end) continue;
    // Every mark but the line's own end point.
    const others = marks.filter((m) => !(m.x1 === end.x - MARK_HALF && m.y1 === end.y - MARK_HALF));
    if (!others.some((m) => overlaps(m, labelBox(label)))) continue;
    const moved: EndLabel = { x: end.x - 12, y: end.y, text: label.text, anchor: 'end' };
    const box = labelBox(moved);
    const labels = lines.flatMap((o) => (o !== l && o.label ? [labelBox(o.label)] : []));
    if (box.x1 < left || others.some((m) => overlaps(m, box)) || labels.some((b) => overlaps(b, box)))
      continue;
    l.label = moved;
    l.leader = null;
  }
}

function panelLayout(panel: SurveyPanel, input: TimeLayoutInput, top: number, labelRoom: number) {
  const { width, styles, waves } = input;
  const plot = {
    left: 48,
    right: Math.max(120, width - labelRoom),
    top: top + TITLE + 10,
    bottom: top + PANEL_HEIGHT - 24,
  };
  const seriesOf = new Map(panel.series.map((s) => [s.indicator, s]));
  const rows = [...panel.references, ...panel.rows];
  const years = [
    ...new Set([
      ...panel.series.flatMap((s) => waves.get(s.indicator) ?? []),
      ...rows.flatMap((r) => r.items.flatMap((i) => i.points.map((p) => p.year))),
    ]),
  ].sort((a, b) => a - b);
  const [first = 2000, last = first] = [years[0], years.at(-1)];
  const domain: [number, number] = first === last ? [first - 1, last + 1] : [first, last];
  const pad = first === last ? 0 : 18;
  const x = scaleLinear()
    .domain(domain)
    .range([plot.left + pad, plot.right - 4]);
  const y = percentAxis(plot.bottom, plot.top);
  const draw = line<{ year: number; value: number | null }>()
    .defined((p) => p.value !== null)
    .x((p) => x(p.year))
    .y((p) => y(p.value ?? 0));
  const lines: TimeLineLayout[] = rows.flatMap((row) =>
    row.items.flatMap((item) => {
      const series = seriesOf.get(item.indicator);
      const style = series ? styles.get(series.survey.id) : undefined;
      if (!series || !style) return [];
      const points = item.points.map((p) => ({
        key: `${row.code}|${item.indicator}|${p.year}`,
        country: row.code,
        surveyId: series.survey.id,
        indicator: item.indicator,
        year: p.year,
        x: x(p.year),
        y: y(p.value),
        value: p.value,
        title: timeMarkTitle(p.cell, ownText(series.survey.id, series.survey.shortName)),
        cell: p.cell,
      }));
      const end = points.at(-1);
      // An average is named short, with its survey where that fits ("EU27 (empirica 2007)"), else
      // by its code alone (its colour and shape say the survey).
      const long = `${row.code} (${ownText(series.survey.id, series.survey.shortName)})`;
      const room = width - (end ? end.x + 12 : 0);
      const name = !row.reference ? row.name : long.length * NAME_GLYPH <= room ? long : row.code;
      return [
        {
          key: `${row.code}|${item.indicator}`,
          country: row.code,
          name,
          surveyId: series.survey.id,
          indicator: item.indicator,
          colour: style.colour,
          shape: style.path,
          path: draw(wavePoints(item.points, waves.get(item.indicator) ?? [])) ?? '',
          points,
          label: end ? { x: end.x + 12, y: end.y, text: name } : null,
          leader: null,
          reference: row.reference,
        },
      ];
    }),
  );
  // Labels right of each line's last point: those ending at one wave spread apart, then any that
  // still reach into another moved to the nearest free place; a moved label gets a leader.
  const byEnd = new Map<number, TimeLineLayout[]>();
  for (const l of lines) {
    const end = l.points.at(-1);
    if (l.label && end) byEnd.set(end.x, [...(byEnd.get(end.x) ?? []), l]);
  }
  for (const group of byEnd.values()) {
    const spread = spreadLabels(
      group.map((l) => l.label?.y ?? 0),
      LABEL_SPACING,
      plot.top,
      plot.bottom,
    );
    group.forEach((l, k) => {
      if (l.label) l.label = { ...l.label, y: spread[k] ?? l.label.y };
    });
  }
  const labelled = lines.filter((l) => l.label);
  const separated = separateLabels(
    labelled.map((l) => ({
      x: l.label?.x ?? 0,
      y: l.label?.y ?? 0,
      width: (l.label?.text.length ?? 0) * NOTE_GLYPH,
    })),
    LABEL_SPACING,
    plot.top,
    plot.bottom,
  );
  labelled.forEach((l, k) => {
    const end = l.points.at(-1);
    if (!l.label || !end) return;
    const ly = separated[k] ?? l.label.y;
    l.label = { ...l.label, y: ly };
    l.leader = Math.abs(ly - end.y) > 3 ? { x1: end.x + 4, y1: end.y, x2: l.label.x - 2, y2: ly } : null;
  });
  const marks = lines.flatMap((l) => l.points);
  const markBoxes: Box[] = marks.map((m) => ({
    x1: m.x - MARK_HALF,
    x2: m.x + MARK_HALF,
    y1: m.y - MARK_HALF,
    y2: m.y + MARK_HALF,
  }));
  moveLabelsOffMarks(labelled, markBoxes, plot.left);
  const obstacles: Box[] = [...markBoxes, ...labelled.flatMap((l) => (l.label ? [labelBox(l.label)] : []))];
  const values = input.values
    ? placeLabels(
        marks.map((m) => ({ key: m.key, x: m.x, y: m.y, text: formatValue(m.value) })),
        plot.left,
        width - 2,
        obstacles,
        ['above', 'below', 'right', 'left'],
      ).labels
    : [];
  const everyWave = years.length <= tickCount(plot.right - plot.left) + 2;
  return {
    id: panel.id,
    title: panel.label,
    top,
    height: PANEL_HEIGHT,
    plot,
    xTicks: (everyWave ? years : x.ticks(tickCount(plot.right - plot.left))).map((t) => ({
      x: x(t),
      label: String(t),
    })),
    yTicks: [0, 25, 50, 75, 100].map((t) => ({ y: y(t), label: `${t} %` })),
    lines,
    values,
    surveys: [...new Set(panel.series.map((s) => s.survey.id))],
    span: years.length > 0 ? ([first, last] as [number, number]) : null,
  };
}

export function timeLayout(input: TimeLayoutInput): TimeLayout {
  const { panels, width } = input;
  const names = panels.flatMap((p) => [
    ...p.references.map(
      (r) => `${r.code} (${p.series.find((s) => s.survey.id === r.surveyId)?.survey.shortName})`,
    ),
    ...p.rows.map((r) => r.name),
  ]);
  const labelRoom = Math.min(width * 0.35, Math.max(60, ...names.map((n) => n.length * NAME_GLYPH)) + 14);
  let top = 0;
  const out = panels.map((panel) => {
    const layout = panelLayout(panel, input, top, labelRoom);
    top += PANEL_HEIGHT + PANEL_GAP;
    return layout;
  });
  return { width, height: Math.max(0, top - PANEL_GAP), panels: out };
}
