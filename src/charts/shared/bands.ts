import { nice, ticks } from 'd3-array';

/*
 * Two of d3-scale's scales written with its own arithmetic, for the chart kinds that need nothing
 * else of it: d3-scale is one module, so its chunk, shared by every kind that imports it, holds
 * d3-interpolate, d3-color and d3-format for the map's and the time chart's scales, 10.5 KB gzip of
 * a bars, ranking or gap link's initial script for a straight line and evenly spaced bands (issue 24).
 * tests/unit/bands.test.ts checks both against d3-scale, value for value.
 */

/** `scaleLinear().domain(domain).range(range).nice()` and its ticks (d3-array's `nice` and `ticks`). */
export function niceLinear(domain: [number, number], range: [number, number]) {
  const [d0, d1] = nice(domain[0], domain[1], 10);
  const [r0, r1] = range;
  const at = (value: number) => {
    const t = (value - d0) / (d1 - d0);
    return r0 * (1 - t) + r1 * t;
  };
  at.ticks = (count: number) => ticks(d0, d1, count);
  return at;
}

/** `scaleBand().domain(keys).range([start, stop]).paddingInner(inner).paddingOuter(outer)`, for start ≤ stop. */
export function bands(keys: readonly string[], [r0, r1]: [number, number], inner: number, outer = 0) {
  const index = new Map<string, number>();
  for (const key of keys) if (!index.has(key)) index.set(key, index.size);
  const n = index.size;
  const paddingInner = Math.min(1, inner);
  const step = (r1 - r0) / Math.max(1, n - paddingInner + outer * 2);
  const start = r0 + (r1 - r0 - step * (n - paddingInner)) * 0.5;
  const at = (key: string) => {
    const i = index.get(key);
    return i === undefined ? undefined : start + step * i;
  };
  at.bandwidth = () => step * (1 - paddingInner);
  at.step = () => step;
  return at;
}
