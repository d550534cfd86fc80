/**
 * A label placer for marks that print a text beside them (All surveys' years, and with `labels=1`
 * the values of All surveys, Over time and the map): each label goes to the first of its places
 * (right of the mark, left of it, above it, below it, on it: the caller says which) where it overlaps no
 * label placed before it and no obstacle (marks, lines), and stays inside [left, right]; with no
 * such place it is left out, and the text stays in the mark's title and tooltip. Pure.
 */

export interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

export const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

export type LabelPlace = 'right' | 'left' | 'above' | 'below' | 'center';

export interface PlacedLabel {
  key: string;
  mark: string;
  x: number;
  y: number;
  text: string;
  place: LabelPlace;
  anchor: 'start' | 'end' | 'middle';
  /** The room the label takes (what the collision pass keeps apart). */
  box: Box;
}

export interface LabelTarget {
  key: string;
  x: number;
  y: number;
  text: string;
}

/** A 10 px label: about 6 px a character, 2 px to spare ("2018" takes 26 px). */
export const labelWidth = (text: string) => text.length * 6 + 2;
const HEIGHT = 9;
/** Gap between a mark's centre and a label beside it, above or below it. */
const BESIDE = 10;

function spot(m: LabelTarget, place: LabelPlace, left: number, right: number) {
  const w = labelWidth(m.text);
  if (place === 'right' || place === 'left') {
    const x = place === 'right' ? m.x + BESIDE : m.x - BESIDE;
    const x1 = place === 'right' ? x : x - w;
    return {
      place,
      anchor: place === 'right' ? ('start' as const) : ('end' as const),
      x,
      y: m.y + 3.5,
      box: { x1, x2: x1 + w, y1: m.y - 5, y2: m.y + 4 },
    };
  }
  const x = Math.min(right - w / 2, Math.max(left + w / 2, m.x));
  const base =
    place === 'above' ? m.y - BESIDE : place === 'below' ? m.y + BESIDE + HEIGHT : m.y + HEIGHT / 2;
  return {
    place,
    anchor: 'middle' as const,
    x,
    y: base,
    box: { x1: x - w / 2, x2: x + w / 2, y1: base - HEIGHT, y2: base },
  };
}

export function placeLabels(
  marks: readonly LabelTarget[],
  left: number,
  right: number,
  obstacles: readonly Box[] = [],
  places: readonly LabelPlace[] = ['right', 'left', 'above'],
): { labels: PlacedLabel[]; unlabelled: string[] } {
  const placed: Box[] = [...obstacles];
  const labels: PlacedLabel[] = [];
  const unlabelled: string[] = [];
  for (const m of marks) {
    const found = places
      .map((p) => spot(m, p, left, right))
      .find((c) => c.box.x1 >= left && c.box.x2 <= right && !placed.some((p) => overlaps(p, c.box)));
    if (found) {
      placed.push(found.box);
      labels.push({ ...found, key: `label|${m.key}`, mark: m.key, text: m.text });
    } else unlabelled.push(m.key);
  }
  return { labels, unlabelled };
}
