import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { separateLabels, spreadLabels } from '../../src/charts/time/layout';
import { indexDataset } from '../../src/data/derive';
import { buildViewModel } from '../../src/data/viewModel';
import { index, makeDataset } from './fixtures';
import { timeLayoutOf } from './timeLayoutOf';

const layoutOf = timeLayoutOf;

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

const GLYPH = 6.6;
/** Two labels overlap when their extents meet across and they are less than a line apart. */
const overlap = (a: { x: number; y: number; w: number }, b: { x: number; y: number; w: number }) =>
  a.x < b.x + b.w && b.x < a.x + a.w && Math.abs(a.y - b.y) < 13 - 1e-6;

describe('separateLabels (issue 21.9: end labels collided)', () => {
  it('leaves apart labels where they are', () => {
    expect(
      separateLabels(
        [
          { x: 0, y: 50, width: 40 },
          { x: 100, y: 50, width: 40 },
        ],
        13,
        0,
        200,
      ),
    ).toEqual([50, 50]);
  });

  it('moves overlapping labels apart: no two overlap when the plot has room', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 300 }),
            y: fc.integer({ min: 0, max: 300 }),
            width: fc.integer({ min: 20, max: 120 }),
          }),
          { maxLength: 12 },
        ),
        (boxes) => {
          const ys = separateLabels(boxes, 13, 0, 300);
          const placed = boxes.map((b, i) => ({ x: b.x, y: ys[i] ?? Number.NaN, w: b.width }));
          for (let i = 0; i < placed.length; i++) {
            expect(placed[i]?.y).toBeGreaterThanOrEqual(0);
            expect(placed[i]?.y).toBeLessThanOrEqual(300);
            for (let j = i + 1; j < placed.length; j++) {
              expect(overlap(placed[i] as never, placed[j] as never)).toBe(false);
            }
          }
        },
      ),
    );
  });
});

describe('timeLayout: end labels of lines ending at different waves', () => {
  const survey = {
    id: 'empirica-gp',
    title: 'Survey',
    shortTitle: 'Survey',
    shortName: 'Survey',
    producer: 'p',
    base: 'b',
    question: null,
    waves: [2006, 2007, 2008, 2009],
    reference: 'EU27',
    url: null,
    method: null,
  };
  const obs = (country: string, year: number, value: number) => ({
    country,
    indicator: 'computer',
    year,
    value,
    sourceId: 'epsos-fr',
    note: null,
  });
  // The Netherlands and the United Kingdom case: close values, one line a wave shorter.
  const data = indexDataset(
    makeDataset({
      surveys: [survey],
      observations: [
        obs('FR', 2006, 70),
        obs('FR', 2009, 81),
        obs('DE', 2006, 60),
        obs('DE', 2008, 80),
        obs('GB', 2006, 65),
        obs('GB', 2008, 81.5),
        obs('GR', 2007, 79),
      ],
    }),
  );
  it('puts no end label over another, at phone and desktop widths', () => {
    for (const width of [358, 600, 1000]) {
      const model = buildViewModel(data, {
        countries: ['FR', 'DE', 'GB', 'GR'],
        indicators: ['computer'],
        chart: 'time',
        profile: null,
        time: 'latest',
        embed: false,
      });
      const layout = layoutOf(model, width);
      for (const panel of layout.panels) {
        const labels = panel.lines.flatMap((l) =>
          l.label ? [{ x: l.label.x, y: l.label.y, w: l.label.text.length * GLYPH }] : [],
        );
        expect(labels.length).toBe(4);
        for (let i = 0; i < labels.length; i++)
          for (let j = i + 1; j < labels.length; j++)
            expect(overlap(labels[i] as never, labels[j] as never)).toBe(false);
        // A label moved off its line's end is joined to it by a leader.
        for (const l of panel.lines) {
          const end = l.points.at(-1);
          if (l.label && end && Math.abs(l.label.y - end.y) > 3) expect(l.leader).not.toBeNull();
        }
      }
    }
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
  const layout = layoutOf(model, 800);
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
