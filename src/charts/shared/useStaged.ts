import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * How many marks a chart adds to its drawing in one commit when a change brings many new ones. The
 * browser's style, layout and paint of a commit grow with the SVG elements it adds (each mark's
 * group, shape, value text and title): after a 50,000-row import, 280 new bars in one commit made a
 * frame of 180–280 ms at 4× CPU (issue 26), and 120 new marks one of 110–140 ms (a Performance
 * trace, scripts/bench/traceLargeImport.ts: a third each style, layout with text shaping, and paint
 * of the whole SVG; All surveys' 120 marks are 960 new elements). In commits of about this many,
 * each frame stays short.
 */
export const STAGE_MARKS = 60;

/**
 * The items of a drawing to render now: on the first render all of them (a page's first chart, an
 * export, a server render: nothing waits). After that, every item drawn at the last commit (by
 * `keyOf`) at once, and new items in order while the new marks of this commit (`weightOf`: a new
 * item's marks, and what a drawn item gained) stay within `budget` (at least one new item each
 * time), the rest in the next commits, each in a transition (input first); a change staged so
 * first commits only the items drawn before, when there are any. So a change that brings
 * hundreds of new marks is drawn in several short frames, top first; a change that brings a few, or
 * none, is drawn at once; and nothing drawn is ever taken out to be put back later. The drawing's
 * size is the whole layout's from the start: the rows below come in their place, nothing moves.
 */
export function useStaged<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  weightOf: (item: T) => number,
  budget: number = STAGE_MARKS,
): readonly T[] {
  /** The marks of each item drawn at the last commit, by key; null before the first commit. */
  const drawn = useRef<ReadonlyMap<string, number> | null>(null);
  /** The items at the last commit: another list is a new change. */
  const seen = useRef<readonly T[] | null>(null);
  const [, next] = useState(0);
  const before = drawn.current;
  let marks = 0;
  let added = 0;
  /** Set at the first new item left for later: the new items after it wait too (top first). */
  let full = false;
  const now = before
    ? items.filter((item) => {
        const weight = weightOf(item);
        const had = before.get(keyOf(item));
        if (had !== undefined) marks += Math.max(0, weight - had);
        else if (full || (added++ > 0 && marks + weight > budget)) {
          full = true;
          return false;
        } else marks += weight;
        return true;
      })
    : items;
  // The first commit of a staged change draws only the items drawn before, in their new places:
  // moving them (new rows in between, a taller drawing, and what changes around the chart) is a
  // frame's work of its own (All surveys after a 50,000-row import: 160 ms at 4× CPU with 60 new
  // marks in the same frame), and the new items follow in the next commits.
  const first = items !== seen.current;
  const kept = first && before && now.length < items.length ? items.filter((i) => before.has(keyOf(i))) : [];
  const shown = kept.length > 0 ? kept : now.length < items.length ? now : items;
  useEffect(() => {
    drawn.current = new Map(shown.map((item) => [keyOf(item), weightOf(item)]));
    seen.current = items;
    if (shown !== items) startTransition(() => next((n) => n + 1));
  });
  return shown;
}
