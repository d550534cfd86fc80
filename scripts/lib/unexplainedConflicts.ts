import { sameFigure } from '../../src/data/resolveFigure';
import type { Observation } from '../../src/data/schema';

/**
 * The data build's conflict check (issue 28): where publications print different figures for one
 * cell (country × indicator × wave), every row of that cell must say so in its own note, naming each
 * figure of the others that differs from its own (82 against 83; 41.5 may be written 41,5). Figures
 * that agree up to rounding (86 and 86.2) are not a conflict; a "no data" row prints no figure.
 */

export interface LocatedObservation extends Observation {
  /** "data/sources/x.csv:4", for the message. */
  at: string;
}

/** True when the note prints the figure as a number of its own (not inside 2066 or 66.5). */
export function noteNames(note: string | null | undefined, value: number): boolean {
  if (!note) return false;
  const forms = [String(value), String(value).replace('.', ',')];
  return forms.some((form) =>
    new RegExp(`(?<![\\d.,])${form.replace(/[.,]/g, '[.,]')}(?![\\d]|[.,]\\d)`).test(note),
  );
}

export function unexplainedConflicts(rows: readonly LocatedObservation[]): string[] {
  const cells = new Map<string, LocatedObservation[]>();
  for (const row of rows) {
    if (row.value === null) continue;
    const key = `${row.country}|${row.indicator}|${row.year}`;
    cells.set(key, [...(cells.get(key) ?? []), row]);
  }
  const problems: string[] = [];
  for (const cell of cells.values()) {
    for (const row of cell) {
      const others = [
        ...new Set(cell.filter((o) => !sameFigure(o, row)).map((o) => o.value as number)),
      ].filter((value) => !noteNames(row.note, value));
      if (others.length === 0) continue;
      problems.push(
        `${row.at}: ${row.country} ${row.indicator} ${row.year} is ${row.value} here but ${others.join(', ')} in ${cell
          .filter((o) => others.includes(o.value as number))
          .map((o) => o.sourceId)
          .join(
            ', ',
          )}; its note must name ${others.length > 1 ? 'those figures' : 'that figure'} and say why they differ`,
      );
    }
  }
  return problems;
}
