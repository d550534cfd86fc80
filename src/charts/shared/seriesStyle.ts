import { OKABE_ITO } from './palette';

/**
 * How each indicator of a view is drawn: a colour and, past the six colours of the palette, a
 * pattern over it (issue 17.6: the seventh indicator was drawn in the first one's blue). The n-th
 * selected indicator takes colour n mod 6 and pattern ⌊n / 6⌋, so two series of one view never share
 * both. The patterns are SVG <pattern>s drawn once per chart (SeriesPatterns) and so travel with an
 * exported chart; the legend shows them.
 */

export interface PatternSpec {
  /** Lines at an angle, a cross of lines, or dots. */
  kind: 'lines' | 'cross' | 'dots';
  /** Degrees, for lines and crosses. */
  angle: number;
  /** The tile size in px: later rounds of the same pattern are sparser. */
  size: number;
}

export interface SeriesStyle {
  colour: string;
  /** null: a solid fill (the first six series). */
  pattern: PatternSpec | null;
  /** The SVG paint: the colour, or url(#…) of the pattern. */
  fill: string;
  /** Id of the <pattern> element, or null. */
  patternId: string | null;
}

const PATTERNS: readonly Omit<PatternSpec, 'size'>[] = [
  { kind: 'lines', angle: 45 },
  { kind: 'dots', angle: 0 },
  { kind: 'lines', angle: -45 },
  { kind: 'cross', angle: 0 },
  { kind: 'lines', angle: 0 },
  { kind: 'lines', angle: 90 },
  { kind: 'cross', angle: 45 },
];

/** The pattern of the `round`-th use of the palette (0: solid). */
export function patternOf(round: number): PatternSpec | null {
  if (round <= 0) return null;
  const base = PATTERNS[(round - 1) % PATTERNS.length] ?? { kind: 'lines', angle: 45 };
  return { ...base, size: 6 + 3 * Math.floor((round - 1) / PATTERNS.length) };
}

/** The style of the series at `position` in the view's selection. */
export function seriesStyleAt(position: number): SeriesStyle {
  const colour = OKABE_ITO[position % OKABE_ITO.length] ?? '#000000';
  const pattern = patternOf(Math.floor(position / OKABE_ITO.length));
  const patternId = pattern ? `series-pattern-${position}` : null;
  return { colour, pattern, patternId, fill: patternId ? `url(#${patternId})` : colour };
}

/** One style per selected indicator, in the selection's order. */
export function seriesStyles(selected: readonly string[]): Map<string, SeriesStyle> {
  return new Map(selected.map((id, i) => [id, seriesStyleAt(i)]));
}
