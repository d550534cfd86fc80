import type { Observation } from './schema';

/**
 * One figure from every publication of the same survey that prints it (same country, indicator and
 * wave). Rules (issue 10):
 * - any value wins over an explicit "no data" row;
 * - the first publication in precedence (SOURCES.json order) sets the figure; publications that
 *   print the same figure at another precision (86 and 86.2; "50 percent" and 48.8) agree with it,
 *   and the most precise of them is shown;
 * - a publication that disagrees beyond rounding (82 against 83) does not change the figure, but the
 *   disagreement is kept so the tooltip, the table and the CSV can say "sources differ".
 */

export interface FigureConflict {
  value: number;
  sourceId: string;
}

export interface ResolvedFigure {
  value: number | null;
  /** The publication whose figure is shown. */
  sourceId: string;
  /** Every publication that prints this figure (at any precision), the shown one first. */
  sourceIds: string[];
  where: string | null;
  note: string | null;
  /** Publications of the same survey that print a different figure. */
  conflicts: FigureConflict[];
}

/** The rounding unit a published figure implies: 86.2 → 0.1, 86 → 1, or the row's own `precision`. */
export function precisionOf(o: Pick<Observation, 'value' | 'precision'>): number {
  if (o.precision !== undefined) return o.precision;
  if (o.value === null) return 1;
  const text = String(o.value);
  const decimals = text.includes('.') ? (text.split('.')[1]?.length ?? 0) : 0;
  return 10 ** -decimals;
}

/** Two figures agree when the coarser one is what the finer one rounds to. */
export function sameFigure(
  a: Pick<Observation, 'value' | 'precision'>,
  b: Pick<Observation, 'value' | 'precision'>,
): boolean {
  if (a.value === null || b.value === null) return false;
  const unit = Math.max(precisionOf(a), precisionOf(b));
  return Math.abs(a.value - b.value) <= unit / 2 + 1e-9;
}

/**
 * Resolves the rows of one country × indicator × wave. `rank` gives each publication's precedence
 * (lower first); unknown publications come last. Returns null for no rows.
 */
export function resolveFigure(
  rows: readonly Observation[],
  rank: (sourceId: string) => number,
): ResolvedFigure | null {
  if (rows.length === 0) return null;
  const ordered = [...rows].sort((a, b) => rank(a.sourceId) - rank(b.sourceId));
  const withValue = ordered.filter((o) => o.value !== null);
  const lead = withValue[0];
  if (!lead) {
    const first = ordered[0] as Observation;
    return {
      value: null,
      sourceId: first.sourceId,
      sourceIds: [first.sourceId],
      where: first.where ?? null,
      note: first.note,
      conflicts: [],
    };
  }
  const agreeing = withValue.filter((o) => sameFigure(o, lead));
  // The most precise of the agreeing figures; among equals, the first in precedence.
  const shown = agreeing.reduce((best, o) => (precisionOf(o) < precisionOf(best) ? o : best), lead);
  const conflicts = withValue
    .filter((o) => !sameFigure(o, lead))
    .map((o) => ({ value: o.value as number, sourceId: o.sourceId }));
  return {
    value: shown.value,
    sourceId: shown.sourceId,
    sourceIds: [
      shown.sourceId,
      ...new Set(agreeing.map((o) => o.sourceId).filter((id) => id !== shown.sourceId)),
    ],
    where: shown.where ?? null,
    note: shown.note,
    conflicts,
  };
}
