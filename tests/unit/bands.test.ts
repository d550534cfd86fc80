import { scaleBand, scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { bands, niceLinear } from '../../src/charts/shared/bands';

/**
 * The gap, bars and ranking charts do without d3-scale (issue 24: its chunk is 10.5 KB gzip of a
 * link's initial script): they must place every value, band and tick exactly as it did.
 */
describe('niceLinear', () => {
  it('places values and ticks exactly as d3-scale’s nice linear scale', () => {
    for (let limit = 5; limit <= 200; limit += 5) {
      for (const range of [
        [140, 1344],
        [96.5, 334],
        [210, 260],
      ] as [number, number][]) {
        const d3 = scaleLinear().domain([-limit, limit]).range(range).nice();
        const ours = niceLinear([-limit, limit], range);
        for (const count of [2, 3, 5, 8, 12])
          expect(ours.ticks(count), `limit ${limit} count ${count}`).toEqual(d3.ticks(count));
        for (const value of [-limit, -limit / 3, -1.5, 0, 0.1, 7.25, limit / 2, limit, limit * 1.2])
          expect(ours(value), `limit ${limit} value ${value}`).toBe(d3(value));
      }
    }
  });
});

describe('bands', () => {
  it('places bands exactly as d3-scale’s band scale', () => {
    const keys = ['FR', 'DE', 'DK', 'NL', 'SE', 'AT', 'BE', 'IT', 'ES', 'PT', 'GR', 'IE', 'FR'];
    for (let n = 0; n <= keys.length; n++)
      for (const range of [
        [28, 460],
        [0, 17.5],
        [3.3, 3.3],
      ] as [number, number][])
        for (const inner of [0, 0.12, 0.2, 10 / 37, 0.5, 1, 1.5])
          for (const outer of [0, 0.06, 0.5]) {
            const domain = keys.slice(0, n);
            const d3 = scaleBand<string>()
              .domain(domain)
              .range(range)
              .paddingInner(inner)
              .paddingOuter(outer);
            const ours = bands(domain, range, inner, outer);
            const at = `${n} keys, ${range}, inner ${inner}, outer ${outer}`;
            expect(ours.bandwidth(), at).toBe(d3.bandwidth());
            expect(ours.step(), at).toBe(d3.step());
            for (const key of [...domain, 'XX']) expect(ours(key), `${key}: ${at}`).toBe(d3(key));
          }
  });
});
