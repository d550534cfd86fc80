import { scaleBand, scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { gapAxis, gapBands } from '../../src/charts/gap/layout';

/** The gap chart's axis does without d3-scale's linear scale (issue 24): it must place every value and tick as it did. */
describe('gapAxis', () => {
  it('places values and ticks exactly as d3-scale’s nice linear scale', () => {
    for (let limit = 5; limit <= 200; limit += 5) {
      for (const range of [
        [140, 1344],
        [96.5, 334],
        [210, 260],
      ] as [number, number][]) {
        const d3 = scaleLinear().domain([-limit, limit]).range(range).nice();
        const ours = gapAxis([-limit, limit], range);
        for (const count of [2, 3, 5, 8, 12])
          expect(ours.ticks(count), `limit ${limit} count ${count}`).toEqual(d3.ticks(count));
        for (const value of [-limit, -limit / 3, -1.5, 0, 0.1, 7.25, limit / 2, limit, limit * 1.2])
          expect(ours(value), `limit ${limit} value ${value}`).toBe(d3(value));
      }
    }
  });
});

describe('gapBands', () => {
  it('places bands exactly as d3-scale’s band scale', () => {
    const keys = ['FR', 'DE', 'DK', 'NL', 'SE', 'AT', 'BE', 'IT', 'ES', 'PT', 'GR', 'IE', 'FR'];
    for (let n = 0; n <= keys.length; n++)
      for (const range of [
        [28, 460],
        [0, 17.5],
        [3.3, 3.3],
      ] as [number, number][])
        for (const padding of [0, 0.12, 10 / 37, 0.5, 1, 1.5]) {
          const domain = keys.slice(0, n);
          const d3 = scaleBand<string>().domain(domain).range(range).paddingInner(padding);
          const ours = gapBands(domain, range, padding);
          expect(ours.bandwidth(), `${n} ${range} ${padding}`).toBe(d3.bandwidth());
          for (const key of [...domain, 'XX']) expect(ours(key), `${key} ${n} ${range}`).toBe(d3(key));
        }
  });
});
