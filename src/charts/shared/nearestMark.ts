/**
 * Which mark a tap means (pure). A finger covers several marks where their tap targets overlap (All
 * surveys' 24 px targets around 14 px marks lying close together; Over time's and the scatter's points):
 * the browser gives the tap to the mark drawn last, which can be a neighbour of the one under the
 * finger's centre. The tap goes instead to the mark whose centre is nearest the touch point, among the
 * marks whose target holds the point: the mark's box grown to at least TAP_TARGET × TAP_TARGET px
 * about its centre (WCAG 2.2, 2.5.8). Equally near marks: the one drawn last, as the browser would.
 */

/** A mark's box in the chart's coordinates (a MarkHotspot is one). */
export interface MarkBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest tap target, in px. */
export const TAP_TARGET = 24;

/** Whether `point` lies in the mark's tap target. */
export function inTapTarget(mark: MarkBox, point: { x: number; y: number }, target = TAP_TARGET): boolean {
  const halfWidth = Math.max(mark.width, target) / 2;
  const halfHeight = Math.max(mark.height, target) / 2;
  return (
    Math.abs(point.x - (mark.x + mark.width / 2)) <= halfWidth &&
    Math.abs(point.y - (mark.y + mark.height / 2)) <= halfHeight
  );
}

/** The key of the mark a tap at `point` means, or null where no mark's target holds the point. */
export function nearestMark(
  marks: readonly MarkBox[],
  point: { x: number; y: number },
  target = TAP_TARGET,
): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of marks) {
    if (!inTapTarget(m, point, target)) continue;
    const distance = Math.hypot(point.x - (m.x + m.width / 2), point.y - (m.y + m.height / 2));
    if (distance <= bestDistance) {
      best = m.key;
      bestDistance = distance;
    }
  }
  return best;
}
