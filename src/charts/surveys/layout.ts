import { cutText, ownText } from '../../data/bidi';
import type { ComparisonCell } from '../../data/derive';
import type { SurveyPanel, SurveyRow, SurveySeries } from '../../data/surveyPanels';
import { surveyWaveLabel } from '../../data/surveyWave';
import type { RowSort } from '../../data/view';
import type { PanelArea, TickAcross } from '../shared/chartArea';
import { formatPercent } from '../shared/format';
import { labelMargin, NAME_GLYPH, NOTE_GLYPH, percentAxis, ticksAcross, wrapWords } from '../shared/measure';
import { type Box, type LabelPlace, type PlacedLabel, placeLabels } from '../shared/placeLabels';
import type { SurveyStyle } from './style';

/**
 * All surveys: one panel per concept, one row per country (each survey's own average first, in a
 * row of its own), x = 0–100 %. On a row, one mark per wave with a figure, per indicator: colour and
 * shape say the survey, the latest wave is solid with its year above (or below) it, earlier waves
 * are hollow and joined to the latest by a thin line of the same indicator. A survey's second (third
 * …) indicator that a row has goes on a sub-row of its own, and every sub-row names the indicators
 * of such surveys by their short labels, so two series of one survey never share a line and each
 * is named.
 *
 * Order of the rows: `latest` (default) by each country's most recent figure, highest first: the
 * figure of the latest year the country has in the panel, from any survey (when two indicators have
 * a figure that year, the higher one); ties by name. `name`: alphabetical.
 *
 * Dodging: on one sub-row, two series whose marks (and the line between them) would overlap along x
 * are moved a few pixels apart vertically (DODGE), so a line never runs through another survey's
 * mark and two surveys' marks at one value stay apart.
 *
 * Year labels: placed row by row, left to right; each goes right of its mark, else left of it, else
 * above it (never below, where it would read as the next row's), where it overlaps no other label,
 * mark or line and stays inside the chart; with no such place it is left out, and the year stays in
 * the mark's title and tooltip. With `labels=1` every mark is labelled so, with its value (the
 * latest with "2018: 45 %"), latest marks first (src/charts/shared/placeLabels.ts).
 */

export interface SurveyMark {
  key: string;
  row: string;
  country: string;
  countryName: string;
  surveyId: string;
  indicator: string;
  year: number;
  value: number;
  x: number;
  y: number;
  latest: boolean;
  colour: string;
  path: string;
  title: string;
  cell: ComparisonCell;
}

/** A thin line from an earlier wave to the latest, of one indicator (so of one survey). */
export interface SurveyLink {
  key: string;
  surveyId: string;
  indicator: string;
  from: string;
  to: string;
  x1: number;
  x2: number;
  y: number;
  colour: string;
}

export type YearPlace = LabelPlace;
export type YearLabel = PlacedLabel;

export interface SurveyRowLayout {
  code: string;
  name: string;
  /** The name as drawn: one line, or two when it is longer than the label column (the second
   * shortened with … if need be); the full name is the row's title. */
  lines: string[];
  reference: boolean;
  top: number;
  height: number;
  /** Vertical centre of the row's first sub-row. */
  y: number;
  /** Where the name sits (a little higher when the first sub-row's label goes under it). */
  nameY: number;
  /** For a survey with several indicators in the panel, what each sub-row holds: the short labels
   * of its indicators there (on the first sub-row, under the name). */
  subLabels: { y: number; text: string }[];
}

export interface SurveyPanelLayout extends PanelArea {
  ticks: TickAcross[];
  rows: SurveyRowLayout[];
  marks: SurveyMark[];
  links: SurveyLink[];
  labels: YearLabel[];
  /** Marks whose year label had no room (the year is in their title). */
  unlabelled: string[];
  /** "No figure: Slovakia, Austria." lines under the panel, wrapped to the width. */
  noData: { text: string; y: number }[];
  /** Said in the panel when nothing is drawn. */
  empty: string | null;
}

export interface SurveysLayout {
  width: number;
  height: number;
  panels: SurveyPanelLayout[];
}

export interface SurveysLayoutInput {
  panels: readonly SurveyPanel[];
  styles: ReadonlyMap<string, SurveyStyle>;
  sort: RowSort;
  width: number;
  /** The publication of a figure, as titles name it. */
  sourceName: (sourceId: string) => string;
  /** labels=1: every mark's value beside it (the latest's with its year), instead of the years alone. */
  values?: boolean;
}

/** Height of one sub-row: a mark, and room for a year label above and below it. */
export const LANE = 30;
const TITLE = 24;
const AXIS = 20;
const PANEL_GAP = 28;
const NOTE_LINE = 16;
const RIGHT_ROOM = 16;
/** Half the size of a mark (the largest shape, the star, reaches 8 px from its centre). */
const MARK_HALF = 7;
/** Vertical offsets tried, in order, for a series that overlaps another on its sub-row. */
export const DODGE = [0, -7, 7] as const;

const byName = new Intl.Collator('en');

/** A row's most recent figure: the latest year it has, the higher figure when two share that year. */
export function mostRecent(row: SurveyRow): { year: number; value: number } | null {
  let best: { year: number; value: number } | null = null;
  for (const item of row.items) {
    for (const p of item.points) {
      if (!best || p.year > best.year || (p.year === best.year && p.value > best.value))
        best = { year: p.year, value: p.value };
    }
  }
  return best;
}

export function sortRows(rows: readonly SurveyRow[], sort: RowSort): SurveyRow[] {
  if (sort === 'name') return [...rows].sort((a, b) => byName.compare(a.name, b.name));
  const recent = new Map(rows.map((r) => [r.code, mostRecent(r)?.value ?? -1]));
  return [...rows].sort(
    (a, b) => (recent.get(b.code) ?? -1) - (recent.get(a.code) ?? -1) || byName.compare(a.name, b.name),
  );
}

export type { Box };

/**
 * Places the year label of each latest mark (in the order given) right of it, else left of it, else
 * above it, else not at all, so that no two labels overlap and none leaves [left, right]. With
 * `values` (labels=1) a mark's label is its value, the latest's "2018: 45 %". Pure.
 */
export function placeYearLabels(
  marks: readonly (Pick<SurveyMark, 'key' | 'x' | 'y' | 'year'> & { value?: number; latest?: boolean })[],
  left: number,
  right: number,
  obstacles: readonly Box[] = [],
  values = false,
): { labels: YearLabel[]; unlabelled: string[] } {
  return placeLabels(
    marks.map((m) => ({
      key: m.key,
      x: m.x,
      y: m.y,
      text: !values
        ? String(m.year)
        : m.latest
          ? `${m.year}: ${formatPercent(m.value ?? null)}`
          : formatPercent(m.value ?? null),
    })),
    left,
    right,
    obstacles,
  );
}

/** What year labels must not cover: every mark, and every line (but a label's own mark). */
export function labelObstacles(
  marks: readonly Pick<SurveyMark, 'x' | 'y'>[],
  links: readonly Pick<SurveyLink, 'x1' | 'x2' | 'y'>[],
): Box[] {
  return [
    ...marks.map((o) => ({
      x1: o.x - MARK_HALF,
      x2: o.x + MARK_HALF,
      y1: o.y - MARK_HALF,
      y2: o.y + MARK_HALF,
    })),
    ...links.map((l) => ({ x1: Math.min(l.x1, l.x2), x2: Math.max(l.x1, l.x2), y1: l.y - 1, y2: l.y + 1 })),
  ];
}

/** "Netherlands — Commonwealth Fund, 2009: Primary care physicians using EMR: 99 % (publication)". */
export function surveyMarkTitle(
  cell: ComparisonCell,
  series: SurveySeries,
  sourceName: (sourceId: string) => string,
): string {
  const source = cell.sourceId ? ` (${sourceName(cell.sourceId)})` : '';
  return `${cell.countryName} — ${surveyWaveLabel(ownText(series.survey.id, series.survey.shortName), cell.year)}: ${ownText(series.indicator, cell.indicatorLabel)}: ${formatPercent(cell.value)}${source}`;
}

/** Cut with "…" outside an own label's isolate (src/data/bidi.ts). */
const shorten = cutText;

/** A row's name in the room of the label column: as is, or on two lines ("EU27 average" /
 * "(empirica 2007)"), the second shortened if it still does not fit. */
export function nameLines(name: string, room: number): string[] {
  const max = Math.max(4, Math.floor(room / NAME_GLYPH));
  if (name.length <= max) return [name];
  const [first = '', ...rest] = wrapWords(name, max);
  return [shorten(first, max), ...(rest.length > 0 ? [shorten(rest.join(' '), max)] : [])];
}

function panelLayout(
  panel: SurveyPanel,
  input: SurveysLayoutInput,
  top: number,
  left: number,
): SurveyPanelLayout {
  const { width, styles, sourceName } = input;
  const right = Math.max(left + 60, width - RIGHT_ROOM);
  // Not d3-scale: this kind draws the landing view, and d3-scale's chunk (9 KB gzip) would stand
  // between the page and its hydration.
  const x = percentAxis(left, right);
  const seriesOf = new Map(panel.series.map((s) => [s.indicator, s]));
  const plotTop = top + TITLE + AXIS;
  let y = plotTop;
  const rows: SurveyRowLayout[] = [];
  const marks: SurveyMark[] = [];
  const links: SurveyLink[] = [];
  // Surveys with several indicators in the panel: their series are named on each sub-row.
  const perSurvey = new Map<string, number>();
  for (const s of panel.series) perSurvey.set(s.survey.id, (perSurvey.get(s.survey.id) ?? 0) + 1);
  const named = (s: SurveySeries) => (perSurvey.get(s.survey.id) ?? 0) > 1;
  for (const row of [...panel.references, ...sortRows(panel.rows, input.sort)]) {
    // A survey's indicators that this row has take sub-rows 0, 1 … in the panel's order.
    const laneOf = new Map<string, number>();
    const used = new Map<string, number>();
    for (const item of row.items) {
      const s = seriesOf.get(item.indicator);
      if (!s) continue;
      const lane = used.get(s.survey.id) ?? 0;
      used.set(s.survey.id, lane + 1);
      laneOf.set(item.indicator, lane);
    }
    const lanes = Math.max(1, ...used.values());
    const laneY = (lane: number) => y + lane * LANE + LANE / 2;
    const lines = nameLines(row.name, left - 10);
    const subLabels = Array.from({ length: lanes }, (_, lane) => {
      const labels = row.items.flatMap((i) => {
        const s = seriesOf.get(i.indicator);
        return s && named(s) && laneOf.get(i.indicator) === lane ? [ownText(i.indicator, s.shortLabel)] : [];
      });
      const text = nameLines([...new Set(labels)].join(' / '), left - 10)[0] ?? '';
      // On the first sub-row the label goes under the name (not under a name of two lines).
      return { y: laneY(lane) + (lane === 0 ? 8 : 0), text: lane === 0 && lines.length > 1 ? '' : text };
    }).filter((l) => l.text !== '');
    rows.push({
      code: row.code,
      name: row.name,
      lines,
      reference: row.reference,
      top: y,
      height: lanes * LANE,
      y: laneY(0),
      nameY: laneY(0) - (subLabels.some((l) => l.y === laneY(0) + 8) ? 6 : 0),
      subLabels,
    });
    // Spans taken on each sub-row at each offset, for the dodge.
    const taken = new Map<string, [number, number][]>();
    for (const item of row.items) {
      const series = seriesOf.get(item.indicator);
      const style = series ? styles.get(series.survey.id) : undefined;
      if (!series || !style) continue;
      const lane = laneOf.get(item.indicator) ?? 0;
      const xs = item.points.map((p) => x(p.value));
      const span: [number, number] = [Math.min(...xs) - MARK_HALF - 1, Math.max(...xs) + MARK_HALF + 1];
      const free = (offset: number) =>
        !(taken.get(`${lane}|${offset}`) ?? []).some(([a, b]) => a < span[1] && span[0] < b);
      const offset = DODGE.find(free) ?? 0;
      taken.set(`${lane}|${offset}`, [...(taken.get(`${lane}|${offset}`) ?? []), span]);
      const my = laneY(lane) + offset;
      const last = item.points.at(-1);
      const rowMarks = item.points.map((p) => ({
        key: `${row.code}|${item.indicator}|${p.year}`,
        row: row.code,
        country: p.cell.country,
        countryName: p.cell.countryName,
        surveyId: series.survey.id,
        indicator: item.indicator,
        year: p.year,
        value: p.value,
        x: x(p.value),
        y: my,
        latest: p === last,
        colour: style.colour,
        path: style.path,
        title: surveyMarkTitle(p.cell, series, sourceName),
        cell: p.cell,
      }));
      const latest = rowMarks.at(-1);
      for (const m of rowMarks) {
        if (!latest || m === latest) continue;
        links.push({
          key: `link|${m.key}`,
          surveyId: m.surveyId,
          indicator: m.indicator,
          from: m.key,
          to: latest.key,
          x1: m.x,
          x2: latest.x,
          y: my,
          colour: style.colour,
        });
      }
      marks.push(...rowMarks);
    }
    y += lanes * LANE;
  }
  // Latest marks first: with values on, a year has the first claim on the room beside its mark.
  const labelled = (input.values ? [...marks] : marks.filter((m) => m.latest)).sort(
    (a, b) => Number(b.latest) - Number(a.latest) || a.y - b.y || a.x - b.x,
  );
  const { labels, unlabelled } = placeYearLabels(
    labelled,
    left,
    width - 2,
    labelObstacles(marks, links),
    input.values,
  );
  const plotBottom = y;
  const empty =
    panel.series.length === 0 ? 'No figure for the selected countries in any survey of this concept.' : null;
  if (empty) y += LANE;
  const noData: { text: string; y: number }[] = [];
  if (panel.noData.length > 0 && !empty) {
    y += 6;
    const text = `${panel.label}: no figure in any survey for ${panel.noData.map((c) => c.name).join(', ')}.`;
    for (const lineText of wrapWords(text, Math.max(20, Math.floor(width / NOTE_GLYPH)))) {
      y += NOTE_LINE;
      noData.push({ text: lineText, y });
    }
  }
  return {
    id: panel.id,
    title: panel.label,
    top,
    height: y - top + 4,
    plot: { left, right, top: plotTop, bottom: plotBottom },
    ticks: ticksAcross(x, { left, right }),
    rows,
    marks,
    links,
    labels,
    unlabelled,
    noData,
    empty,
  };
}

export function surveysLayout(input: SurveysLayoutInput): SurveysLayout {
  const names = input.panels.flatMap((p) => [...p.references, ...p.rows].map((r) => r.name));
  const left = labelMargin(names, input.width, 16, 80, 0.38);
  let top = 0;
  const panels = input.panels.map((panel) => {
    const layout = panelLayout(panel, input, top, left);
    top += layout.height + PANEL_GAP;
    return layout;
  });
  return { width: input.width, height: Math.max(0, top - PANEL_GAP), panels };
}
