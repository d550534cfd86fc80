import type { MarkHotspot, TipAnchor } from './MarkLayer';
import { nearestMark } from './nearestMark';

/**
 * The mark a finger at client point (x, y) on `svg` means (nearestMark.ts), and where its tooltip goes:
 * the chart's coordinates from the drawing's place and scale on the page. Loaded on a kind's first tap
 * (useMarks.ts), so the page's first script does without it.
 */
export function markAtTap(
  marks: readonly MarkHotspot[],
  svg: SVGSVGElement,
  client: { x: number; y: number },
): { mark: MarkHotspot; anchor: TipAnchor } | null {
  const box = svg.getBoundingClientRect();
  const scale = box.width / (svg.viewBox.baseVal?.width || box.width);
  const key = nearestMark(marks, { x: (client.x - box.left) / scale, y: (client.y - box.top) / scale });
  const mark = marks.find((m) => m.key === key);
  if (!mark) return null;
  const anchor = {
    getBoundingClientRect: () =>
      new DOMRect(
        box.left + mark.x * scale,
        box.top + mark.y * scale,
        mark.width * scale,
        mark.height * scale,
      ),
  };
  return { mark, anchor };
}
