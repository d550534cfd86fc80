import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * How many marks a chart adds to its drawing in one commit when a change brings many new ones. The
 * browser's style, layout and paint of a commit grow with the SVG elements it adds (each mark's
 * group, shape, value text and title): after a 50,000-row import, 280 new bars in one commit made a
 * frame of 180–280 ms at 4× CPU (issue 26). In commits of about this many, each frame stays short.
 */
export const STAGE_MARKS = 120;

/**
 * The items of a drawing to render now: on the first render all of them (a page's first chart, an
 * export, a server render: nothing waits). After that, every item drawn at the last commit (by
 * `keyOf`) at once, and new items in order while the new marks of this commit (`weightOf`: a new
 * item's marks, and what a drawn item gained) stay within `budget` (at least one new item each
 * time), the rest in the next commits, each in a transition (input first). So a change that brings
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
  const shown = now.length < items.length ? now : items;
  useEffect(() => {
    drawn.current = new Map(shown.map((item) => [keyOf(item), weightOf(item)]));
    if (shown !== items) startTransition(() => next((n) => n + 1));
  });
  return shown;
}
