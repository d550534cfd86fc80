import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { TimeLine, TimePanel } from '../../data/timeSeries';
import { markTitle } from '../shared/format';
import { NOTE_GLYPH, percentAxis, tickCount } from '../shared/measure';
import { separateLabels } from '../shared/separateLabels';

export { separateLabels } from '../shared/separateLabels';

/**
 * Over time: one small panel per indicator, x = survey year (true spacing between waves), y = 0–100 %,
 * one line per country broken at a wave without a value, points at every wave, the survey's own
 * average dashed, and a label at the end of each line, nudged apart so labels never overlap.
 */

export interface TimePoint {
  key: string;
  country: string;
  year: number;
  x: number;
  y: number;
  value: number;
  title: string;
}

export interface TimeLineLayout {
  country: string;
  name: string;
  colour: string;
  path: string;
  points: TimePoint[];
  /** Right of the line's last point (nudged apart from labels ending at the same wave). */
  label: { x: number; y: number; text: string } | null;
  /** From the last point to its label, when the line ends before the last wave. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  reference: boolean;
}

export interface TimePanelLayout {
  indicator: string;
  title: string;
  top: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  lines: TimeLineLayout[];
}

export interface TimeLayout {
  width: number;
  height: number;
  panels: TimePanelLayout[];
}

export interface TimeLayoutInput {
  panels: readonly TimePanel[];
  /** Colour per country code (the averages are drawn in the reference colour). */
  colours: ReadonlyMap<string, string>;
  referenceColour: string;
  width: number;
}

const PANEL_HEIGHT = 240;
const PANEL_GAP = 28;
const TITLE = 22;
const LABEL_SPACING = 13;

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

function lineLayout(
  l: TimeLine,
  x: (year: number) => number,
  y: (value: number) => number,
  colour: string,
  reference: boolean,
): TimeLineLayout {
  const path =
    line<TimeLine['points'][number]>()
      .defined((p) => p.value !== null)
      .x((p) => x(p.year))
      .y((p) => y(p.value ?? 0))(l.points) ?? '';
  const points = l.points.flatMap((p) =>
    p.value === null
      ? []
      : [
          {
            key: `${l.country}|${p.cell.indicator}|${p.year}`,
            country: l.country,
            year: p.year,
            x: x(p.year),
            y: y(p.value),
            value: p.value,
            title: markTitle(p.cell),
          },
        ],
  );
  const last = points.at(-1);
  return {
    country: l.country,
    name: l.name,
    colour,
    path,
    points,
    label: last ? { x: last.x, y: last.y, text: l.name } : null,
    leader: null,
    reference,
  };
}

export function timeLayout({ panels, colours, referenceColour, width }: TimeLayoutInput): TimeLayout {
  const names = panels.flatMap((p) => [...p.lines, ...(p.reference ? [p.reference] : [])].map((l) => l.name));
  const labelRoom = Math.min(width * 0.35, Math.max(60, ...names.map((n) => n.length * NOTE_GLYPH)) + 14);
  let top = 0;
  const out = panels.map((panel) => {
    const plot = {
      left: 48,
      right: Math.max(120, width - labelRoom),
      top: top + TITLE + 10,
      bottom: top + PANEL_HEIGHT - 24,
    };
    const [first = 2000, last = first] = [panel.waves[0], panel.waves.at(-1)];
    const domain: [number, number] = first === last ? [first - 1, last + 1] : [first, last];
    const pad = first === last ? 0 : 18;
    const x = scaleLinear()
      .domain(domain)
      .range([plot.left + pad, plot.right - 4]);
    const y = percentAxis(plot.bottom, plot.top);
    const lines = [
      ...(panel.reference ? [lineLayout(panel.reference, x, y, referenceColour, true)] : []),
      ...panel.lines.map((l) => lineLayout(l, x, y, colours.get(l.country) ?? '#0072B2', false)),
    ];
    // Labels sit just right of each line's last point; labels ending at the same wave are nudged
    // apart (a short leader joins a moved label to its point), so no two labels overlap.
    const byEnd = new Map<number, TimeLineLayout[]>();
    for (const l of lines) {
      const end = l.points.at(-1);
      if (!l.label || !end) continue;
      byEnd.set(end.x, [...(byEnd.get(end.x) ?? []), l]);
    }
    for (const [endX, group] of byEnd) {
      const spread = spreadLabels(
        group.map((l) => l.label?.y ?? 0),
        LABEL_SPACING,
        plot.top,
        plot.bottom,
      );
      group.forEach((l, k) => {
        const end = l.points.at(-1);
        if (!l.label || !end) return;
        const y = spread[k] ?? end.y;
        l.label = { ...l.label, x: endX + 12, y };
      });
    }
    // Then labels that end at different waves but reach into each other are moved apart.
    const labelled = lines.filter((l) => l.label && l.points.length > 0);
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
      const y = separated[k] ?? l.label.y;
      l.label = { ...l.label, y };
      l.leader = Math.abs(y - end.y) > 3 ? { x1: end.x + 4, y1: end.y, x2: l.label.x - 2, y2: y } : null;
    });
    const everyWave = panel.waves.length <= tickCount(plot.right - plot.left) + 2;
    const layout: TimePanelLayout = {
      indicator: panel.indicator.id,
      title: `${panel.indicator.shortLabel} — ${panel.indicator.survey.shortName}`,
      top,
      height: PANEL_HEIGHT,
      plot,
      xTicks: (everyWave ? panel.waves : x.ticks(tickCount(plot.right - plot.left))).map((t) => ({
        x: x(t),
        label: String(t),
      })),
      yTicks: [0, 25, 50, 75, 100].map((t) => ({ y: y(t), label: `${t} %` })),
      lines,
    };
    top += PANEL_HEIGHT + PANEL_GAP;
    return layout;
  });
  return { width, height: Math.max(0, top - PANEL_GAP), panels: out };
}
