import type { PlacedLabel } from './placeLabels';

/**
 * The texts written beside marks (placeLabels.ts): with `labels=1` the values of the map, Over time and
 * All surveys, and All surveys' years. One style for every kind and for the export: 10 px, #333 on a
 * 3 px white halo, so a number stays legible over a line, a mark or a map's fill. Decoration only:
 * hidden from screen readers (the value is in the mark's title) and transparent to the pointer, so a
 * label never takes a hover or a tap from the mark beneath it.
 */
export function ValueLabels({
  labels,
  className = 'value-label',
}: {
  labels: readonly Pick<PlacedLabel, 'key' | 'mark' | 'x' | 'y' | 'anchor' | 'text'>[];
  /** `value-label` where the texts are values; All surveys' years without `labels=1` are `survey-year`. */
  className?: string;
}) {
  if (labels.length === 0) return null;
  return (
    <g aria-hidden="true" pointerEvents="none">
      {labels.map((l) => (
        <text
          key={l.key}
          className={className}
          data-mark={l.mark}
          x={l.x}
          y={l.y}
          textAnchor={l.anchor}
          fontSize="10"
          fill="#333"
          stroke="#ffffff"
          strokeWidth="3"
          paintOrder="stroke"
        >
          {l.text}
        </text>
      ))}
    </g>
  );
}
