import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapLayout } from '../../src/charts/map/layout';
import { scatterLayout } from '../../src/charts/scatter/layout';
import { formatPercent } from '../../src/charts/shared/format';
import { overlaps, placeLabels } from '../../src/charts/shared/placeLabels';
import { labelObstacles, surveysLayout } from '../../src/charts/surveys/layout';
import { surveyStyles } from '../../src/charts/surveys/style';
import { realGeometry, realIndex, realModelOf } from './realDataset';
import { timeLayoutOf } from './timeLayoutOf';

/** Issue 25.5: labels=1 writes each mark's value beside it, and no label goes over another. */

const real = realIndex;
const modelOf = realModelOf;
const layoutOf = timeLayoutOf;
const EXAMPLE = '?countries=SE,DK&indicators=eprescribing,ec2013_eprescribing,ec2018_eprescribing&chart=time';
const noTwoOverlap = (boxes: readonly { x1: number; x2: number; y1: number; y2: number }[]) =>
  boxes.every((a, i) => boxes.slice(i + 1).every((b) => !overlaps(a, b)));

describe('value labels (labels=1)', () => {
  const box = fc.record({
    x: fc.integer({ min: 0, max: 400 }),
    y: fc.integer({ min: 0, max: 300 }),
    text: fc.constantFrom('5', '45 %', '82.8 %', '2018: 45 %', '100'),
  });

  it('places no label over another, over an obstacle, or outside [left, right]', () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40 }), fc.array(box, { maxLength: 10 }), (marks, blocks) => {
        const obstacles = blocks.map((b) => ({ x1: b.x - 6, x2: b.x + 6, y1: b.y - 6, y2: b.y + 6 }));
        const targets = marks.map((m, i) => ({ ...m, key: String(i) }));
        const { labels, unlabelled } = placeLabels(targets, 20, 380, obstacles, [
          'above',
          'below',
          'right',
          'left',
        ]);
        expect(labels.length + unlabelled.length).toBe(marks.length);
        for (const [i, a] of labels.entries()) {
          expect(a.box.x1).toBeGreaterThanOrEqual(20);
          expect(a.box.x2).toBeLessThanOrEqual(380);
          for (const o of obstacles) expect(overlaps(a.box, o)).toBe(false);
          for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('writes the values of Over time beside their marks, over no mark and no other value', () => {
    for (const width of [358, 1000]) {
      const layout = layoutOf(modelOf(EXAMPLE), width, true);
      const panel = layout.panels[0];
      const marks = panel?.lines.flatMap((l) => l.points) ?? [];
      const values = panel?.values ?? [];
      expect(values.length).toBeGreaterThan(marks.length / 2);
      for (const v of values) {
        const mark = marks.find((m) => m.key === v.mark);
        expect(v.text).toBe(String(mark?.value));
        for (const m of marks) {
          expect(overlaps(v.box, { x1: m.x - 6, x2: m.x + 6, y1: m.y - 6, y2: m.y + 6 })).toBe(false);
        }
        for (const w of values) if (w !== v) expect(overlaps(v.box, w.box)).toBe(false);
      }
    }
    expect(layoutOf(modelOf(EXAMPLE), 1000).panels[0]?.values).toEqual([]);
  });
});

describe('value labels on All surveys, scatter and the map', () => {
  it("All surveys: each label is its mark's value (the latest with its year), none over a mark or a label", () => {
    for (const width of [358, 1000]) {
      const model = modelOf('?labels=1');
      expect(model.view.labels).toBe(true);
      const layout = surveysLayout({
        panels: model.surveyPanels,
        styles: surveyStyles(model.surveys),
        sort: 'latest',
        width,
        sourceName: (id) => id,
        values: true,
      });
      for (const p of layout.panels) {
        const marks = new Map(p.marks.map((m) => [m.key, m]));
        for (const l of p.labels) {
          const m = marks.get(l.mark);
          expect(l.text).toBe(
            m?.latest ? `${m.year}: ${formatPercent(m.value)}` : formatPercent(m?.value ?? null),
          );
        }
        const boxes = p.labels.map((l) => l.box);
        expect(noTwoOverlap(boxes)).toBe(true);
        for (const o of labelObstacles(p.marks, p.links))
          for (const b of boxes) expect(overlaps(o, b)).toBe(false);
        // at 1000 px most marks carry their value
        if (width === 1000) expect(p.labels.length).toBeGreaterThan(p.marks.length * 0.6);
      }
    }
  });

  it("scatter: each point's label holds its two values, and the labels are kept apart", () => {
    const model = modelOf('?countries=FR,ES,IT,DE,GR&indicators=computer,internet&chart=scatter&labels=1');
    const [x, y] = model.indicators;
    const layout = scatterLayout({
      xCells: model.cells.filter((c) => c.indicator === x?.id),
      yCells: model.cells.filter((c) => c.indicator === y?.id),
      euX: null,
      euY: null,
      width: 700,
      values: true,
    });
    expect(layout.points.length).toBeGreaterThan(2);
    for (const p of layout.points) {
      expect(p.label).toBe(`${p.name}: ${formatPercent(p.xValue)}, ${formatPercent(p.yValue)}`);
    }
    const boxes = layout.points.map((p) => {
      const w = p.label.length * 6.9;
      const x1 = p.labelAnchor === 'start' ? p.x + 9 : p.x - 9 - w;
      return { x1, x2: x1 + w, y1: p.labelY - 6, y2: p.labelY + 6 };
    });
    expect(noTwoOverlap(boxes)).toBe(true);
  });

  it('map: values on the countries, the selected first, none over another', () => {
    const geometry = realGeometry;
    const model = modelOf('?countries=FR,DE,NL&indicators=computer&chart=map&labels=1&profile=DE');
    const isoToCountry = new Map(
      [...real.countries.values()].flatMap((c) => (c.isoNumeric ? [[c.isoNumeric, c.code] as const] : [])),
    );
    const layout = mapLayout({
      geometry,
      cells: model.ranked,
      isoToCountry,
      selected: model.countries,
      width: 900,
      values: true,
      highlight: 'DE',
    });
    const valued = layout.shapes.filter((s) => s.country !== null && s.value !== null);
    expect(layout.values.length).toBeGreaterThan(valued.length / 2);
    for (const v of layout.values) {
      expect(v.text).toBe(formatPercent(valued.find((s) => s.country === v.mark)?.value ?? null));
    }
    expect(noTwoOverlap(layout.values.map((v) => v.box))).toBe(true);
    // the selected countries with a value come first, so they keep theirs
    for (const s of valued.filter((s) => s.selected))
      expect(layout.values.some((v) => v.mark === s.country)).toBe(true);
    expect(
      mapLayout({ geometry, cells: model.ranked, isoToCountry, selected: [], width: 900 }).values,
    ).toEqual([]);
  });
});
