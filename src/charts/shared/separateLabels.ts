export interface LabelBox {
  x: number;
  y: number;
  width: number;
}

/**
 * A collision pass over labels: Over time, the end labels of a panel (issue 21.9: a line that ends
 * a wave early put its label over that of a line ending later, Netherlands on United Kingdom); the
 * scatter's point labels, close together on a 0–100 % axis. Labels are placed
 * in order of y; one that overlaps a placed label (their extents meet across and they are less than
 * `spacing` apart down) moves to the nearest free place, below or above, inside [top, bottom]. Pure:
 * returns the new y values in the input order. Only when there is no free place does a label stay.
 */
export function separateLabels(
  boxes: readonly LabelBox[],
  spacing: number,
  top: number,
  bottom: number,
): number[] {
  const out = boxes.map((b) => b.y);
  const placed: LabelBox[] = [];
  const collides = (b: LabelBox) =>
    placed.some((p) => b.x < p.x + p.width && p.x < b.x + b.width && Math.abs(b.y - p.y) < spacing - 1e-9);
  const order = boxes.map((b, i) => ({ b, i })).sort((a, c) => a.b.y - c.b.y || a.b.x - c.b.x);
  for (const { b, i } of order) {
    let y = b.y;
    const limit = Math.ceil((bottom - top) / 2) + 2;
    for (let step = 0; step <= 2 * limit; step++) {
      // 0, +1, −1, +2, −2 … half-spacings away from where the label wants to be.
      const k = Math.ceil(step / 2) * (step % 2 === 1 ? 1 : -1);
      const candidate = b.y + (k * spacing) / 2;
      if (candidate < top || candidate > bottom) continue;
      if (!collides({ ...b, y: candidate })) {
        y = candidate;
        break;
      }
    }
    out[i] = y;
    placed.push({ ...b, y });
  }
  return out;
}
