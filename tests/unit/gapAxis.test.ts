import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { gapAxis } from '../../src/charts/gap/gapAxis';

/** The gap chart's axis does without d3-scale's scaleLinear (issue 24): it must place every value and
 * tick exactly as scaleLinear().nice() does. */
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
