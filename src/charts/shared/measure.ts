/**
 * How the layouts measure, with no DOM to ask (they are pure, and run in tests and on the edge):
 * text by an average glyph width, lines of words, the room for country labels, axis ticks, and the
 * 0–100 % axis. One module, so the chart kinds share one small chunk with it (the landing view's
 * too) rather than several.
 */
import { balanceIsolates } from '../../data/bidi';

/** Average glyph width in em, generous enough for DejaVu Sans (the export font, the widest named). */
export const GLYPH_EM = 0.6;

/** Average glyph widths in px, as each kind of text was tuned. */
/** 13 px country labels, a little wider than GLYPH_EM so a bold one fits too. */
export const LABEL_GLYPH = 8;
/** Row names of All surveys (12.5 px, bold for the averages), generously. */
export const NAME_GLYPH = 7.8;
/** 12 px cells of the table's image (12 × GLYPH_EM). */
export const CELL_GLYPH = 7.2;
/** 12 px axis titles of the scatter. */
export const AXIS_TITLE_GLYPH = 7;
/** 11.5 px point labels of the scatter (11.5 × GLYPH_EM). */
export const POINT_GLYPH = 6.9;
/** Notes under a panel of All surveys, and the line-end labels over time. */
export const NOTE_GLYPH = 6.6;
/** 10 px value labels of the brief's chart (10 × GLYPH_EM). */
export const VALUE_GLYPH = 6;

/** Words joined into lines of at most `perLine` characters (runs of white space are one space). */
export function wrapWords(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  // A line break inside an own label keeps both halves isolated (src/data/bidi.ts).
  return balanceIsolates(lines);
}

/** Left margin that fits the longest country label, capped at a share of the chart width. */
export function labelMargin(
  names: readonly string[],
  width: number,
  extra = 16,
  minimum = 60,
  share = 0.4,
): number {
  const longest = Math.max(0, ...names.map((n) => n.length));
  return Math.min(Math.max(minimum, longest * LABEL_GLYPH + extra), Math.max(minimum, width * share));
}

/** How many axis ticks fit: one per ~90 px, at least two. */
export function tickCount(plotWidth: number): number {
  return Math.max(2, Math.min(6, Math.floor(plotWidth / 90)));
}

/** A 0–100 % axis across `left`–`right`: as many ticks as fit (tickCount), at their x. */
export function ticksAcross(x: PercentAxis, { left, right }: { left: number; right: number }) {
  return x.ticks(tickCount(right - left)).map((t) => ({ x: t.at, label: t.label }));
}

/** A 0–100 % axis: the position of a value, and its ticks ("50 %"). */
export interface PercentAxis {
  (value: number): number;
  ticks: (count: number) => { at: number; label: string }[];
}

/**
 * The 0–100 % axis from `start` (0 %) to `end` (100 %) px, across or down. The same numbers as
 * d3-scale's scaleLinear().domain([0, 100]).range([start, end]) and its ticks, without d3-scale:
 * the landing view's chunk does without it.
 */
export function percentAxis(start: number, end: number): PercentAxis {
  const at = (value: number) => start * (1 - value / 100) + end * (value / 100);
  at.ticks = (count: number) => percentTicks(count).map((v) => ({ at: at(v), label: `${v} %` }));
  return at;
}

/**
 * The ticks of a 0–100 % axis for about `count` ticks, as d3-array's `ticks(0, 100, count)` gives
 * them (a step of 1, 2 or 5 times a power of ten; a unit test checks them against d3-array). Written
 * out because d3-array's chunk, shared with the other kinds, is 1.3 KB gzip of the landing view's
 * initial script for this one call.
 */
export function percentTicks(count: number): number[] {
  const rough = 100 / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const error = rough / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  const step = factor * power;
  return Array.from({ length: Math.floor(100 / step) + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}
