import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tooltipLines } from '../../src/charts/shared/tooltip';
import { placeTooltip, TOOLTIP_GAP } from '../../src/charts/shared/tooltipPlacement';
import { comparisonCell } from '../../src/data/derive';
import { buildViewModel } from '../../src/data/viewModel';
import { exportAvailability } from '../../src/export/exportAvailability';
import { index } from './fixtures';

const bounds = { left: -20, right: 370, top: -100 };

describe('placeTooltip', () => {
  it('centres the tooltip above its mark when there is room', () => {
    expect(placeTooltip({ x: 200, top: 50, bottom: 70 }, { width: 100, height: 40 }, bounds)).toEqual({
      left: 150,
      top: 50 - TOOLTIP_GAP - 40,
      below: false,
    });
  });

  it('moves right at the left edge and left at the right edge', () => {
    expect(placeTooltip({ x: 0, top: 50, bottom: 70 }, { width: 200, height: 40 }, bounds).left).toBe(-20);
    expect(placeTooltip({ x: 360, top: 50, bottom: 70 }, { width: 200, height: 40 }, bounds).left).toBe(170);
  });

  it('flips below the mark when the top of the window is in the way', () => {
    const placed = placeTooltip({ x: 100, top: -80, bottom: -60 }, { width: 100, height: 60 }, bounds);
    expect(placed).toMatchObject({ below: true, top: -60 + TOOLTIP_GAP });
  });

  it('pins a tooltip wider than the room to the left edge', () => {
    expect(placeTooltip({ x: 100, top: 50, bottom: 70 }, { width: 500, height: 40 }, bounds).left).toBe(-20);
  });

  it('never leaves the bounds when it fits (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 1500 }),
        fc.integer({ min: 10, max: 390 }),
        fc.integer({ min: 0, max: 800 }),
        (x, width, top) => {
          const placed = placeTooltip({ x, top, bottom: top + 10 }, { width, height: 50 }, bounds);
          expect(placed.left).toBeGreaterThanOrEqual(bounds.left);
          expect(placed.left + width).toBeLessThanOrEqual(bounds.right);
          expect(placed.top).toBeGreaterThanOrEqual(bounds.top);
        },
      ),
    );
  });
});

describe('tooltipLines', () => {
  it('says "gap: no data" when the country has no value', () => {
    const lines = tooltipLines(index, comparisonCell(index, 'GR', 'epr'));
    expect(lines).toContain('EU27 average 2007: 79.5 %; gap: no data');
    expect(lines.join('\n')).not.toMatch(/no data points/);
  });

  it('gives the signed gap in points when both values exist', () => {
    expect(tooltipLines(index, comparisonCell(index, 'FR', 'computer'))).toContain(
      'EU27 average 2007: 87.4 %; gap −4.6 points',
    );
  });
});

describe('exportAvailability', () => {
  it('allows every export for a drawn chart', () => {
    expect(exportAvailability({ chart: 'bars', indicators: ['computer'] })).toEqual({
      image: null,
      data: null,
    });
    expect(exportAvailability({ chart: 'scatter', indicators: ['computer', 'epr'] })).toEqual({
      image: null,
      data: null,
    });
  });

  it('refuses the image of a scatter with one indicator but keeps its CSV', () => {
    const available = exportAvailability({ chart: 'scatter', indicators: ['computer'] });
    expect(available.image).toMatch(/two indicators/);
    expect(available.data).toBeNull();
  });

  it('refuses everything without an indicator, saying what to do', () => {
    const available = exportAvailability({ chart: 'table', indicators: [] });
    expect(available.image).toMatch(/Pick at least one indicator/);
    expect(available.data).toBe(available.image);
  });
});

describe('view model source ids', () => {
  it('names the sources of drawn figures only (the EU27 reference here), not of a null cell', () => {
    const model = buildViewModel(index, {
      countries: ['GR'],
      indicators: ['epr'],
      chart: 'bars',
      profile: null,
      time: 'latest',
      embed: false,
    });
    expect(model.sourceIds).toEqual(['epsos-fr']);
    expect(model.noData.map((c) => c.code)).toEqual(['GR']);
  });
});
