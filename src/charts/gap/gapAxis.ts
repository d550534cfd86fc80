import { nice, ticks } from 'd3-array';

/**
 * The gap chart's axis: `scaleLinear().domain(domain).range(range).nice()` and its ticks, as a straight
 * line over a domain niced by d3-array (`nice`, `ticks`). d3-scale's scaleLinear would bring
 * d3-interpolate, d3-color and d3-format (its tick format) into the gap chart's chunk for this line
 * (issue 24); tests/unit/gapAxis.test.ts checks it against scaleLinear, value for value.
 */
export function gapAxis(domain: [number, number], [r0, r1]: [number, number]) {
  const [d0, d1] = nice(domain[0], domain[1], 10);
  const at = (value: number) => {
    const t = (value - d0) / (d1 - d0);
    return r0 * (1 - t) + r1 * t;
  };
  at.ticks = (count: number) => ticks(d0, d1, count);
  return at;
}
