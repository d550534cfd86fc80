import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ComparisonCell } from '../../data/derive';
import type { SurveyPanel, SurveyRow, SurveySeries } from '../../data/surveyPanels';
import { surveyWaveLabel } from '../../data/surveyWave';
import type { RowSort } from '../../state/view';
import { formatPercent } from '../shared/format';
import { labelMargin, tickCount } from '../shared/labelMargin';
import type { SurveyStyle } from './style';

/**
 * All surveys: one panel per concept, one row per country (each survey's own average first, in a
 * row of its own), x = 0–100 %. On a row, one mark per wave with a figure, per indicator: colour and
 * shape say the survey, the latest wave is solid with its year above (or below) it, earlier waves
 * are hollow and joined to the latest by a thin line of the same indicator. A survey's second (third
 * …) indicator in the panel goes on a sub-row of its own, so two series never share a line.
 *
 * Order of the rows: `latest` (default) by each country's most recent figure, highest first: the
 * figure of the latest year the country has in the panel, from any survey (when two indicators have
 * a figure that year, the higher one); ties by name. `name`: alphabetical.
 *
 * Year labels: placed row by row, left to right; each goes above its mark, else below it, else (both
 * places taken by another label) it is left out and the year stays in the mark's title and tooltip.
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

export interface YearLabel {
  key: string;
  mark: string;
  x: number;
  y: number;
  text: string;
  place: 'above' | 'below';
}

export interface SurveyRowLayout {
  code: string;
  name: string;
  /** The name as drawn, shortened with … when longer than the label column. */
  label: string;
  reference: boolean;
  top: number;
  height: number;
  /** Vertical centre of the row's first sub-row (where the name sits). */
  y: number;
}

export interface SurveyPanelLayout {
  id: string;
  title: string;
  top: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { x: number; label: string }[];
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
}

/** Height of one sub-row: a mark, and room for a year label above and below it. */
export const LANE = 30;
const TITLE = 24;
const AXIS = 20;
const PANEL_GAP = 28;
const NOTE_LINE = 16;
const NAME_GLYPH = 7;
/** Year labels: 10 px digits, about 6 px each, and the room a label takes above or below a mark. */
const YEAR_WIDTH = 26;
const YEAR_ABOVE = -10;
const YEAR_BELOW = 19;
const YEAR_HEIGHT = 9;
const RIGHT_ROOM = 16;

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

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Places the year label of each latest mark (in the order given) above it, else below it, else not
 * at all, so that no two labels overlap and none leaves [left, right]. Pure.
 */
export function placeYearLabels(
  marks: readonly Pick<SurveyMark, 'key' | 'x' | 'y' | 'year'>[],
  left: number,
  right: number,
): { labels: YearLabel[]; unlabelled: string[] } {
  const placed: Box[] = [];
  const labels: YearLabel[] = [];
  const unlabelled: string[] = [];
  for (const m of marks) {
    const x = Math.min(right - YEAR_WIDTH / 2, Math.max(left + YEAR_WIDTH / 2, m.x));
    const spot = (['above', 'below'] as const).find((place) => {
      const baseline = m.y + (place === 'above' ? YEAR_ABOVE : YEAR_BELOW);
      const box = {
        x1: x - YEAR_WIDTH / 2,
        x2: x + YEAR_WIDTH / 2,
        y1: baseline - YEAR_HEIGHT,
        y2: baseline,
      };
      if (placed.some((p) => overlaps(p, box))) return false;
      placed.push(box);
      return true;
    });
    if (spot) {
      const y = m.y + (spot === 'above' ? YEAR_ABOVE : YEAR_BELOW);
      labels.push({ key: `year|${m.key}`, mark: m.key, x, y, text: String(m.year), place: spot });
    } else unlabelled.push(m.key);
  }
  return { labels, unlabelled };
}

/** "Netherlands — Commonwealth Fund, 2009: Primary care physicians using EMR: 99 % (publication)". */
export function surveyMarkTitle(
  cell: ComparisonCell,
  series: SurveySeries,
  sourceName: (sourceId: string) => string,
): string {
  const source = cell.sourceId ? ` (${sourceName(cell.sourceId)})` : '';
  return `${cell.countryName} — ${surveyWaveLabel(series.survey.shortName, cell.year)}: ${cell.indicatorLabel}: ${formatPercent(cell.value)}${source}`;
}

function fitName(name: string, room: number): string {
  const max = Math.max(4, Math.floor(room / NAME_GLYPH));
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

/** Words joined into lines of at most `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > max) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

function panelLayout(
  panel: SurveyPanel,
  input: SurveysLayoutInput,
  top: number,
  left: number,
): SurveyPanelLayout {
  const { width, styles, sourceName } = input;
  const right = Math.max(left + 60, width - RIGHT_ROOM);
  const x = scaleLinear().domain([0, 100]).range([left, right]);
  const seriesOf = new Map(panel.series.map((s) => [s.indicator, s]));
  const plotTop = top + TITLE + AXIS;
  let y = plotTop;
  const rows: SurveyRowLayout[] = [];
  const marks: SurveyMark[] = [];
  const links: SurveyLink[] = [];
  for (const row of [...panel.references, ...sortRows(panel.rows, input.sort)]) {
    const lanes = 1 + Math.max(0, ...row.items.map((i) => seriesOf.get(i.indicator)?.lane ?? 0));
    const laneY = (lane: number) => y + lane * LANE + LANE / 2;
    rows.push({
      code: row.code,
      name: row.name,
      label: fitName(row.name, left - 10),
      reference: row.reference,
      top: y,
      height: lanes * LANE,
      y: laneY(0),
    });
    for (const item of row.items) {
      const series = seriesOf.get(item.indicator);
      const style = series ? styles.get(series.survey.id) : undefined;
      if (!series || !style) continue;
      const my = laneY(series.lane);
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
  const latestMarks = marks.filter((m) => m.latest).sort((a, b) => a.y - b.y || a.x - b.x);
  const { labels, unlabelled } = placeYearLabels(latestMarks, left, width);
  const plotBottom = y;
  const empty =
    panel.series.length === 0 ? 'No figure for the selected countries in any survey of this concept.' : null;
  if (empty) y += LANE;
  const noData: { text: string; y: number }[] = [];
  if (panel.noData.length > 0) {
    y += 6;
    const text = `No figure in any survey: ${panel.noData.map((c) => c.name).join(', ')}.`;
    for (const lineText of wrap(text, Math.max(20, Math.floor(width / 6.6)))) {
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
    ticks: x.ticks(tickCount(right - left)).map((t) => ({ x: x(t), label: `${t} %` })),
    rows,
    marks,
    links,
    labels,
    unlabelled,
    noData,
    empty,
  };
}

/** The SVG path of a link (a horizontal line), through d3-shape like every other line. */
export const linkPath = (l: Pick<SurveyLink, 'x1' | 'x2' | 'y'>): string =>
  line()([
    [l.x1, l.y],
    [l.x2, l.y],
  ]) ?? '';

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
