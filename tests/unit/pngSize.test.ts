import { describe, expect, it } from 'vitest';
import { MAX_PNG_WIDTH, MIN_PNG_WIDTH, pngScale, pngSize } from '../../src/export/png';

describe('pngScale and pngSize', () => {
  it('doubles an export up to 1,200 px wide (the narrowest frame is 640 px: 1,280 px)', () => {
    expect(pngScale(640)).toBe(2);
    expect(pngSize(640, 480)).toEqual({ width: 1280, height: 960 });
    expect(pngSize(1200, 700)).toEqual({ width: 2400, height: 1400 });
  });

  it('caps a wider export at 2,400 px wide, with the same scale down', () => {
    // The benchmark's 31-country bar chart at a 1,400 px viewport: 2,832 × 1,754 before the cap.
    expect(pngSize(1416, 877)).toEqual({ width: 2400, height: 1486 });
    // A 1,900 px frame (a wide screen): 3,800 × 2,800 (10.6 megapixels) before the cap.
    expect(pngSize(1900, 1400)).toEqual({ width: 2400, height: 1768 });
    for (const [w, h] of [
      [1416, 877],
      [1900, 1400],
      [1333, 2011],
    ] as const) {
      const size = pngSize(w, h);
      expect(size.width).toBe(MAX_PNG_WIDTH);
      // Rounded down: the height's scale is the width's, less than one pixel short.
      expect(size.height).toBeLessThanOrEqual((h * size.width) / w);
      expect(size.height).toBeGreaterThan((h * size.width) / w - 1);
    }
  });

  it('never draws an export smaller than its own size', () => {
    expect(pngScale(3000)).toBe(1);
    expect(pngSize(3000, 1000)).toEqual({ width: 3000, height: 1000 });
  });

  it('scales a very narrow export by a whole number to at least 1,200 px', () => {
    expect(pngScale(500)).toBe(3);
    expect(pngSize(500, 300).width).toBeGreaterThanOrEqual(MIN_PNG_WIDTH);
  });
});
