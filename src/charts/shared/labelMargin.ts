/** Average glyph width of 13 px chart labels, generous enough for DejaVu Sans (the export font). */
const LABEL_GLYPH = 8;

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
