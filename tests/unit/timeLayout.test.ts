import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadLabels, timeLayout } from '../../src/charts/time/layout';
import { indexDataset } from '../../src/data/derive';
import { buildViewModel } from '../../src/data/viewModel';
import { index, makeDataset } from './fixtures';

describe('spreadLabels', () => {
  it('keeps labels that do not collide where they are', () => {
    expect(spreadLabels([10, 50, 90], 13, 0, 100)).toEqual([10, 50, 90]);
  });

  it('pushes colliding labels apart, at least the spacing, inside the plot when there is room', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 12 }), (ys) => {
        const out = spreadLabels(ys, 13, 0, 200);
        const sorted = [...out].sort((a, b) => a - b);
        return (
          out.length === ys.length &&
          sorted.every((y, k) => k === 0 || y - (sorted[k - 1] as number) >= 13 - 1e-9) &&
          sorted.every((y) => y >= 0 && y <= 200)
        );
      }),
    );
  });
});

describe('timeLayout', () => {
  const withWaves = indexDataset(
    makeDataset({
      surveys: [
        {
          id: 'empirica-gp',
          title: 'Survey',
          shortTitle: 'Survey',
          shortName: 'Survey',
          producer: 'p',
          base: 'b',
          question: null,
          waves: [2006, 2007, 2009],
          reference: 'EU27',
          url: null,
          method: null,
        },
      ],
      observations: [
        { country: 'FR', indicator: 'computer', year: 2006, value: 70, sourceId: 'epsos-fr', note: null },
        { country: 'FR', indicator: 'computer', year: 2007, value: null, sourceId: 'epsos-fr', note: 'n/a' },
        { country: 'FR', indicator: 'computer', year: 2009, value: 90, sourceId: 'epsos-fr', note: null },
        { country: 'DE', indicator: 'computer', year: 2007, value: 80, sourceId: 'epsos-fr', note: null },
        { country: 'EU27', indicator: 'computer', year: 2007, value: 85, sourceId: 'epsos-fr', note: null },
      ],
    }),
  );
  const model = buildViewModel(withWaves, {
    countries: ['FR', 'DE', 'GR'],
    indicators: ['computer'],
    chart: 'time',
    profile: null,
    time: 'latest',
    embed: false,
  });
  const layout = timeLayout({
    panels: model.panels,
    colours: new Map(),
    referenceColour: '#000',
    width: 800,
  });
  const panel = layout.panels[0];

  it('draws no line across a wave without a value: two separate segments become two moves', () => {
    const fr = panel?.lines.find((l) => l.country === 'FR');
    expect(fr?.points.map((p) => p.year)).toEqual([2006, 2009]);
    // d3-shape starts a new subpath (M) after an undefined point
    expect(fr?.path.match(/M/g)?.length).toBe(2);
  });

  it('places waves at their true distance, and labels each line at its end', () => {
    const fr = panel?.lines.find((l) => l.country === 'FR');
    const [a, b] = fr?.points ?? [];
    const ticks = panel?.xTicks.map((t) => t.label);
    expect(ticks).toEqual(['2006', '2007', '2009']);
    const x = new Map(panel?.xTicks.map((t) => [t.label, t.x]));
    expect(
      ((x.get('2009') ?? 0) - (x.get('2007') ?? 0)) / ((x.get('2007') ?? 0) - (x.get('2006') ?? 1)),
    ).toBeCloseTo(2);
    expect(fr?.label?.x).toBeGreaterThan(b?.x ?? 0);
    expect(a?.value).toBe(70);
  });

  it('draws the survey average as its own dashed line and names countries without data', () => {
    expect(panel?.lines.filter((l) => l.reference).map((l) => l.country)).toEqual(['EU27']);
    expect(model.noData.map((c) => c.code)).toEqual(['GR']);
  });

  it('says "no data for 2007" with the other waves in the tooltip cell', () => {
    const cell = model.panels[0]?.lines.find((l) => l.country === 'FR')?.points[1]?.cell;
    expect(cell).toMatchObject({ value: null, year: 2007 });
    expect(cell?.otherWaves).toEqual([
      { year: 2006, value: 70 },
      { year: 2009, value: 90 },
    ]);
  });

  it('uses the index of the fixtures without waves beyond 2007', () => {
    expect(index.waves.get('computer')).toEqual([2007]);
  });
});
