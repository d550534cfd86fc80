/**
 * Where a tooltip goes: centred above its mark, moved sideways to stay inside the visible area, and
 * flipped below the mark when there is no room above. All numbers are in the chart canvas's
 * coordinates; `bounds` is the part of the viewport the tooltip may use, in the same coordinates.
 */

export interface TooltipAnchor {
  /** Horizontal centre of the mark. */
  x: number;
  top: number;
  bottom: number;
}

export interface TooltipBounds {
  left: number;
  right: number;
  top: number;
}

export const TOOLTIP_GAP = 8;

export function placeTooltip(
  anchor: TooltipAnchor,
  size: { width: number; height: number },
  bounds: TooltipBounds,
): { left: number; top: number; below: boolean } {
  const maxLeft = bounds.right - size.width;
  const centred = anchor.x - size.width / 2;
  // Wider than the room: pin to the left edge (the start of the text stays readable).
  const left = maxLeft < bounds.left ? bounds.left : Math.min(Math.max(centred, bounds.left), maxLeft);
  const above = anchor.top - TOOLTIP_GAP - size.height;
  const below = above < bounds.top;
  return { left, top: below ? anchor.bottom + TOOLTIP_GAP : above, below };
}
