import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { barsLayout, valueLabelX } from '../../src/charts/bars/layout';
import { gapLayout, sortCountriesByGap } from '../../src/charts/gap/layout';
import {
  CONTEXT_FILL,
  type EuropeGeometry,
  LEGEND_ITEM_WIDTH,
  legendGrid,
  mapLayout,
  mapOutlines,
  SEA_FILL,
} from '../../src/charts/map/layout';
import { rankingLayout } from '../../src/charts/ranking/layout';
import { fitTitle, scatterLayout } from '../../src/charts/scatter/layout';
import { comparisonCells, rankCountries } from '../../src/data/derive';
import { cell, index } from './fixtures';

const colours = new Map([
  ['computer', '#0072B2'],
  ['internet', '#E69F00'],
  ['epr', '#009E73'],
]);
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

describe('barsLayout', () => {
  const countries = ['EU27', 'FR', 'GR', 'GB'];
  const indicators = ['computer', 'epr'];
  const layout = barsLayout({
    cells: comparisonCells(index, countries, indicators),
    countries,
    indicators,
    colours,
    width: 800,
  });
  const bar = (country: string, indicator: string) => {
    const found = layout.bars.find((b) => b.key === `${country}|${indicator}`);
    if (!found) throw new Error(`no bar ${country}|${indicator}`);
    return found;
  };

  it('draws one bar per country × indicator, starting at x(0) = plot.left', () => {
    expect(layout.bars).toHaveLength(8);
    for (const b of layout.bars) close(b.x, layout.plot.left);
  });

  it('makes bar widths proportional to the value on a 0–100 % scale', () => {
    const full = layout.plot.right - layout.plot.left;
    close(bar('FR', 'computer').width, (82.8 / 100) * full);
    close(bar('EU27', 'epr').width, (79.5 / 100) * full);
    const fr = bar('FR', 'computer');
    const gr = bar('GR', 'computer');
    close(fr.width / gr.width, 82.8 / 66);
  });

  it('labels the x axis in percent from 0 % at the left edge to 100 % at the right edge', () => {
    expect(layout.ticks[0]?.label).toBe('0 %');
    expect(layout.ticks.at(-1)?.label).toBe('100 %');
    for (const t of layout.ticks) expect(t.label).toMatch(/^\d+ %$/);
    close(layout.ticks[0]?.x ?? Number.NaN, layout.plot.left);
    close(layout.ticks.at(-1)?.x ?? Number.NaN, layout.plot.right);
  });

  it('puts fewer ticks on a narrow chart, never fewer than two, none outside the plot', () => {
    const narrow = barsLayout({
      cells: comparisonCells(index, countries, indicators),
      countries,
      indicators,
      colours,
      width: 320,
    });
    expect(narrow.ticks.length).toBeLessThan(layout.ticks.length);
    expect(narrow.ticks.length).toBeGreaterThanOrEqual(2);
    for (const t of narrow.ticks) {
      expect(t.x).toBeGreaterThanOrEqual(narrow.plot.left - 1e-9);
      expect(t.x).toBeLessThanOrEqual(narrow.plot.right + 1e-9);
    }
  });

  it('puts the EU27 reference mark at x(EU value) on each country bar, not on the EU27 bar', () => {
    const full = layout.plot.right - layout.plot.left;
    close(bar('FR', 'computer').referenceX ?? Number.NaN, layout.plot.left + 0.874 * full);
    close(bar('GB', 'epr').referenceX ?? Number.NaN, layout.plot.left + 0.795 * full);
    expect(bar('EU27', 'computer').referenceX).toBeNull();
    expect(bar('EU27', 'computer').reference).toBe(true);
    expect(bar('FR', 'computer').reference).toBe(false);
  });

  it('draws a missing value as no data: zero width and the label "no data"', () => {
    for (const b of [bar('GR', 'epr'), bar('GB', 'computer')]) {
      expect(b.value).toBeNull();
      expect(b.width).toBe(0);
      expect(b.label).toBe('no data');
    }
    expect(bar('GB', 'computer').title).toBe(
      'United Kingdom — GP practices using a computer: no data for 2007 (not in the sources we hold)',
    );
  });

  it('labels values as published and titles them with country, indicator, value and year', () => {
    expect(bar('FR', 'computer').label).toBe('82.8');
    expect(bar('GR', 'computer').label).toBe('66');
    expect(bar('FR', 'computer').title).toBe('France — GP practices using a computer: 82.8 % (2007)');
    expect(bar('FR', 'computer').colour).toBe('#0072B2');
  });

  it('keeps the country order in the groups and bars inside the plot', () => {
    expect(layout.groups.map((g) => g.country)).toEqual(countries);
    const ys = layout.groups.map((g) => g.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (const b of layout.bars) {
      expect(b.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(b.y + b.height).toBeLessThanOrEqual(layout.plot.bottom + 1e-9);
      expect(b.x + b.width).toBeLessThanOrEqual(layout.plot.right + 1e-9);
    }
  });

  it('grows in height with the number of countries', () => {
    const heightFor = (list: string[]) =>
      barsLayout({
        cells: comparisonCells(index, list, indicators),
        countries: list,
        indicators,
        colours,
        width: 800,
      }).height;
    expect(heightFor(['FR', 'DE'])).toBeLessThan(heightFor(['FR', 'DE', 'DK', 'GR']));
    expect(heightFor(['FR', 'DE', 'DK', 'GR']) - heightFor(['FR', 'DE'])).toBeCloseTo(
      heightFor(['FR', 'DE']) - heightFor([]),
      6,
    );
  });
});

describe('barsLayout: average rows (issue 17, empty bands)', () => {
  // EU27 published computer and ePR (2007 survey), EU15 only Internet (2002): each average's row has
  // slots for its own survey's indicators only.
  const indicators = ['computer', 'internet', 'epr'];
  const countries = ['EU27', 'EU15', 'FR'];
  const cells = [
    cell({ country: 'EU27', indicator: 'computer', value: 87.4 }),
    cell({ country: 'EU27', indicator: 'epr', value: 79.5 }),
    cell({ country: 'EU15', indicator: 'internet', value: 50, referenceCode: 'EU15' }),
    cell({ country: 'FR', indicator: 'computer', value: 82.8, referenceValue: 87.4 }),
    cell({ country: 'FR', indicator: 'internet', value: null }),
    cell({ country: 'FR', indicator: 'epr', value: 74.2, referenceValue: 79.5 }),
  ];
  const layout = barsLayout({
    cells,
    countries,
    references: new Set(['EU27', 'EU15']),
    indicators,
    colours,
    width: 800,
  });
  const group = (c: string) => layout.groups.find((g) => g.country === c);
  const barsOf = (c: string) => layout.bars.filter((b) => b.country === c);

  it('gives an average row only the slots of the indicators it has, with no empty band', () => {
    expect(barsOf('EU27').map((b) => b.indicator)).toEqual(['computer', 'epr']);
    expect(barsOf('EU15').map((b) => b.indicator)).toEqual(['internet']);
    const fr = group('FR')?.height ?? 0;
    expect(group('EU27')?.height).toBeCloseTo((fr * 2) / 3, 6);
    expect(group('EU15')?.height).toBeCloseTo(fr / 3, 6);
    // The bars fill their row: the last bar ends within a padding of the row's bottom.
    for (const c of ['EU27', 'EU15', 'FR']) {
      const g = group(c);
      const last = barsOf(c).at(-1);
      if (!g || !last) throw new Error(c);
      expect(g.y + g.height - (last.y + last.height)).toBeLessThan(3);
      expect(barsOf(c)[0]?.y ?? 0).toBeLessThan(g.y + 3);
    }
  });

  it('keeps every country row one slot per indicator (a missing value is drawn as no data)', () => {
    expect(barsOf('FR').map((b) => b.indicator)).toEqual(indicators);
    expect(barsOf('FR').find((b) => b.indicator === 'internet')?.label).toBe('no data');
  });

  it('stacks the rows without overlap, in order', () => {
    for (let i = 1; i < layout.groups.length; i++) {
      const a = layout.groups[i - 1];
      const b = layout.groups[i];
      if (!a || !b) throw new Error('group');
      expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    }
    const lastGroup = layout.groups.at(-1);
    expect((lastGroup?.y ?? 0) + (lastGroup?.height ?? 0)).toBeLessThanOrEqual(layout.plot.bottom);
  });
});

describe('gap layout', () => {
  const cells = [
    cell({
      country: 'FR',
      countryName: 'France',
      indicator: 'computer',
      value: 82.8,
      referenceValue: 87.4,
      gap: -4.6,
    }),
    cell({ country: 'GB', countryName: 'United Kingdom', indicator: 'computer', gap: null }),
    cell({
      country: 'DK',
      countryName: 'Denmark',
      indicator: 'computer',
      value: 99,
      referenceValue: 87.4,
      gap: 11.6,
    }),
    cell({
      country: 'FR',
      countryName: 'France',
      indicator: 'internet',
      value: 72.3,
      referenceValue: 68.8,
      gap: 3.5,
    }),
    cell({
      country: 'GB',
      countryName: 'United Kingdom',
      indicator: 'internet',
      value: 80,
      referenceValue: 68.8,
      gap: 11.2,
    }),
    cell({
      country: 'DK',
      countryName: 'Denmark',
      indicator: 'internet',
      value: 96.5,
      referenceValue: 68.8,
      gap: 27.7,
    }),
    cell({
      country: 'DE',
      countryName: 'Germany',
      indicator: 'computer',
      value: 94.5,
      referenceValue: 87.4,
      gap: 7.1,
    }),
  ];

  it('sortCountriesByGap orders by the first indicator, largest first, missing gaps last', () => {
    expect(sortCountriesByGap(cells, 'computer')).toEqual(['DK', 'DE', 'FR', 'GB']);
    expect(sortCountriesByGap(cells, 'internet')).toEqual(['DK', 'GB', 'FR', 'DE']);
  });

  const layout = gapLayout({ cells, indicators: ['computer', 'internet'], colours, width: 700 });
  const mark = (key: string) => {
    const found = layout.marks.find((m) => m.key === key);
    if (!found) throw new Error(`no mark ${key}`);
    return found;
  };

  it('draws the groups in gap order', () => {
    expect(layout.groups.map((g) => g.country)).toEqual(['DK', 'DE', 'FR', 'GB']);
  });

  it('draws a negative gap left of zero, ending at the zero line, with a real minus sign', () => {
    const fr = mark('FR|computer');
    expect(fr.x).toBeLessThan(layout.zeroX);
    close(fr.x + fr.width, layout.zeroX);
    expect(fr.label).toBe('−4.6');
    expect(fr.label).not.toContain('-');
    expect(fr.labelAnchor).toBe('end');
    expect(fr.labelX).toBeLessThan(fr.x + 0.001);
  });

  it('draws a positive gap right of zero with a plus sign', () => {
    const dk = mark('DK|internet');
    close(dk.x, layout.zeroX);
    expect(dk.width).toBeGreaterThan(0);
    expect(dk.label).toBe('+27.7');
    expect(dk.labelAnchor).toBe('start');
  });

  it('scales gap widths linearly around zero', () => {
    close(mark('DK|internet').width / mark('FR|internet').width, 27.7 / 3.5);
    close(mark('DK|computer').width / mark('FR|computer').width, 11.6 / 4.6);
  });

  it('draws a missing gap as "no data" with zero width at the zero line', () => {
    const gb = mark('GB|computer');
    expect(gb.gap).toBeNull();
    expect(gb.width).toBe(0);
    expect(gb.x).toBe(layout.zeroX);
    expect(gb.label).toBe('no data');
    expect(gb.title).toBe('United Kingdom — computer: no data for the gap to the EU27 average (2007)');
  });

  it('titles a gap with the signed points and both values', () => {
    expect(mark('FR|computer').title).toBe(
      'France — computer: −4.6 percentage points against the EU27 average (82.8 % vs 87.4 %, 2007)',
    );
  });

  it('labels the zero tick EU27 and the others with signed points', () => {
    const zero = layout.ticks.find((t) => t.label === 'EU27');
    expect(zero?.x).toBe(layout.zeroX);
    const labels = layout.ticks.map((t) => t.label);
    expect(labels.filter((l) => l.startsWith('−')).length).toBeGreaterThan(0);
    expect(labels.filter((l) => l.startsWith('+')).length).toBeGreaterThan(0);
  });

  it('keeps every mark inside the plot', () => {
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(m.x + m.width).toBeLessThanOrEqual(layout.plot.right + 1e-9);
    }
  });
});

describe('rankingLayout', () => {
  const ranked = rankCountries(index, 'computer', ['FR']);
  const layout = rankingLayout(ranked, 87.4, 600);

  it('keeps the ranking order top to bottom', () => {
    expect(layout.marks.map((m) => m.country)).toEqual(['DK', 'BE', 'DE', 'FR', 'GR', 'GB']);
    const ys = layout.marks.map((m) => m.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('makes widths proportional to the value and places the EU27 line at its value', () => {
    const full = layout.plot.right - layout.plot.left;
    const dk = layout.marks[0];
    close(dk?.width ?? Number.NaN, 0.99 * full);
    close(layout.euX ?? Number.NaN, layout.plot.left + 0.874 * full);
    expect(rankingLayout(ranked, null, 600).euX).toBeNull();
  });

  it('titles marks with the rank and the selection, and shows missing values as unranked no data', () => {
    const fr = layout.marks.find((m) => m.country === 'FR');
    expect(fr?.title).toBe('Rank 4: France — GP practices using a computer: 82.8 % (2007) (selected)');
    expect(fr?.selected).toBe(true);
    const gb = layout.marks.find((m) => m.country === 'GB');
    expect(gb).toMatchObject({ rank: null, width: 0, label: 'no data', selected: false });
    expect(gb?.title).toMatch(/^Unranked: United Kingdom — GP practices using a computer: no data/);
  });

  it('starts value labels after the bar, or after the "no data" swatch', () => {
    const fr = layout.marks.find((m) => m.country === 'FR');
    const gb = layout.marks.find((m) => m.country === 'GB');
    close(fr?.labelX ?? Number.NaN, (fr?.x ?? 0) + (fr?.width ?? 0) + 4);
    close(gb?.labelX ?? Number.NaN, (gb?.x ?? 0) + 64);
  });

  it('puts the EU27 label right of its line, or left of it near the right edge', () => {
    expect(layout.euLabel).toMatchObject({ x: (layout.euX ?? 0) + 4, anchor: 'start' });
    expect(layout.euLabel?.y).toBeGreaterThan(layout.plot.bottom);
    const narrow = rankingLayout(ranked, 87.4, 360);
    expect(narrow.euLabel).toMatchObject({ x: (narrow.euX ?? 0) - 4, anchor: 'end' });
    expect(rankingLayout(ranked, null, 600).euLabel).toBeNull();
  });

  it('shares the rank of tied countries', () => {
    expect(layout.marks.filter((m) => m.rank === 2).map((m) => m.country)).toEqual(['BE', 'DE']);
  });

  it('grows in height with the number of countries', () => {
    expect(rankingLayout(ranked.slice(0, 2), null, 600).height).toBeLessThan(layout.height);
  });
});

describe('scatterLayout', () => {
  const countries = ['FR', 'DE', 'DK', 'GR', 'GB'];
  const layout = scatterLayout({
    xCells: comparisonCells(index, countries, ['computer']),
    yCells: comparisonCells(index, countries, ['internet']),
    euX: 87.4,
    euY: 68.8,
    width: 600,
  });

  it('draws a point only for countries with both values', () => {
    expect(layout.points.map((p) => p.country)).toEqual(['FR', 'DE', 'DK']);
  });

  it('lists the countries without both values by name in `missing`', () => {
    expect(layout.missing).toEqual(['Greece', 'United Kingdom']);
  });

  it('places points inside the plot, higher values right and up', () => {
    for (const p of layout.points) {
      expect(p.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(p.x).toBeLessThanOrEqual(layout.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(p.y).toBeLessThanOrEqual(layout.plot.bottom);
    }
    const [fr, de, dk] = layout.points;
    expect(fr && dk && fr.x < dk.x).toBe(true);
    expect(de && dk && dk.y < de.y).toBe(true);
  });

  it('draws the EU27 crosshair at the average values', () => {
    expect(layout.euX).not.toBeNull();
    const fr = layout.points[0];
    // FR is below the EU on computer (82.8 < 87.4) and above it on Internet (72.3 > 68.8).
    expect(fr && layout.euX !== null && fr.x < layout.euX).toBe(true);
    expect(fr && layout.euY !== null && fr.y < layout.euY).toBe(true);
  });

  it('titles a point with both indicators', () => {
    expect(layout.points[0]?.title).toBe(
      'France — GP practices using a computer: 82.8 %; GP practices with Internet access: 72.3 % (2007)',
    );
    expect(layout.points[0]).toMatchObject({ xValue: 82.8, yValue: 72.3 });
  });

  it('runs both axes from 0 to 100 %, not zoomed to the values (issue 21.9)', () => {
    expect(layout.xTicks[0]?.label).toBe('0 %');
    expect(layout.xTicks.at(-1)?.label).toBe('100 %');
    expect(layout.yTicks[0]?.label).toBe('0 %');
    expect(layout.yTicks.at(-1)?.label).toBe('100 %');
    close(layout.xTicks[0]?.x ?? Number.NaN, layout.plot.left);
    close(layout.yTicks.at(-1)?.y ?? Number.NaN, layout.plot.top);
  });

  it('wraps long axis titles to fit their axis on a phone (issue 21.7: the y title was clipped)', () => {
    const long = 'GPs storing administrative patient data electronically (ePR)';
    for (const width of [358, 600, 1000]) {
      const l = scatterLayout({
        xCells: comparisonCells(index, countries, ['computer']),
        yCells: comparisonCells(index, countries, ['epr']),
        euX: null,
        euY: null,
        width,
        xTitle: `${long} and more words to make it longer`,
        yTitle: long,
      });
      expect(l.yTitle.length).toBeGreaterThan(0);
      expect(l.yTitle.length).toBeLessThanOrEqual(2);
      for (const line of l.yTitle) expect(line.length * 7).toBeLessThanOrEqual(l.height - 64);
      for (const line of l.xTitle) expect(line.length * 7).toBeLessThanOrEqual(width - l.plot.left - 24);
      // The second y line sits left of the tick labels: the plot moves right by one line.
      expect(l.plot.left).toBe(56 + (l.yTitle.length - 1) * 14);
    }
    expect(fitTitle('a b c', 200)).toEqual(['a b c']);
    expect(fitTitle('word '.repeat(40), 100).at(-1)?.endsWith('…')).toBe(true);
  });

  it('keeps the point labels of close countries apart (0–100 % puts them close)', () => {
    const close3 = [
      cell({ country: 'FR', countryName: 'France', indicator: 'computer', value: 82.8 }),
      cell({ country: 'IT', countryName: 'Italy', indicator: 'computer', value: 84 }),
      cell({ country: 'ES', countryName: 'Spain', indicator: 'computer', value: 83 }),
    ];
    const ys = [
      cell({ country: 'FR', countryName: 'France', indicator: 'internet', value: 72.3 }),
      cell({ country: 'IT', countryName: 'Italy', indicator: 'internet', value: 71 }),
      cell({ country: 'ES', countryName: 'Spain', indicator: 'internet', value: 72 }),
    ];
    const l = scatterLayout({ xCells: close3, yCells: ys, euX: null, euY: null, width: 358 });
    const boxes = l.points.map((p) => {
      const w = p.name.length * 6.9;
      return { x: p.labelAnchor === 'start' ? p.x + 9 : p.x - 9 - w, y: p.labelY, w };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (!a || !b) throw new Error('box');
        const meet = a.x < b.x + b.w && b.x < a.x + a.w;
        expect(meet && Math.abs(a.y - b.y) < 13 - 1e-6).toBe(false);
      }
  });

  it('draws nothing and lists everyone when no country has both values', () => {
    const empty = scatterLayout({
      xCells: comparisonCells(index, ['GB'], ['computer']),
      yCells: comparisonCells(index, ['GB'], ['internet']),
      euX: null,
      euY: null,
      width: 400,
    });
    expect(empty.points).toEqual([]);
    expect(empty.missing).toEqual(['United Kingdom']);
    expect(empty.euX).toBeNull();
  });
});

describe('mapLayout', () => {
  /** A small square in lon/lat, wound clockwise (d3-geo's exterior ring order). */
  const square = (lon: number, lat: number, size = 2): MultiPolygon => ({
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [lon, lat],
          [lon, lat + size],
          [lon + size, lat + size],
          [lon + size, lat],
          [lon, lat],
        ],
      ],
    ],
  });
  const geometry: EuropeGeometry = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: square(2, 46), properties: { isoNumeric: '250', name: 'France' } },
      { type: 'Feature', geometry: square(10, 50), properties: { isoNumeric: '276', name: 'Germany' } },
      { type: 'Feature', geometry: square(20, 48), properties: { isoNumeric: '999', name: 'Neighbour' } },
    ],
  };
  const isoToCountry = new Map([
    ['250', 'FR'],
    ['276', 'DE'],
  ]);
  const fr = cell({ country: 'FR', countryName: 'France', indicator: 'computer', value: 82.8 });
  const deMissing = cell({
    country: 'DE',
    countryName: 'Germany',
    indicator: 'computer',
    value: null,
    note: 'n/a',
  });
  const layout = mapLayout({ geometry, cells: [fr, deMissing], isoToCountry, selected: ['DE'], width: 500 });
  const shape = (iso: string) => {
    const found = layout.shapes.find((s) => s.key === iso);
    if (!found) throw new Error(`no shape ${iso}`);
    return found;
  };

  it('projects every feature into a path inside the frame', () => {
    expect(layout.shapes).toHaveLength(3);
    for (const s of layout.shapes.filter((x) => x.country !== null)) {
      expect(s.d).toMatch(/^M/);
      const [cx, cy] = s.centroid;
      expect(cx).toBeGreaterThanOrEqual(0);
      expect(cx).toBeLessThanOrEqual(layout.width);
      expect(cy).toBeGreaterThanOrEqual(0);
      expect(cy).toBeLessThanOrEqual(layout.height);
    }
    // West stays west: France's centroid is left of Germany's.
    expect(shape('250').centroid[0]).toBeLessThan(shape('276').centroid[0]);
  });

  it('fills a data country from the legend classes', () => {
    const colours = layout.legend.map((l) => l.colour);
    expect(colours).toHaveLength(5);
    expect(colours).toContain(shape('250').fill);
    const bin = layout.legend.find((l) => l.colour === shape('250').fill);
    expect(bin && bin.from <= 82.8 && 82.8 <= bin.to).toBe(true);
  });

  it('fills a country without a value with the no-data hatch', () => {
    expect(shape('276')).toMatchObject({ country: 'DE', value: null, fill: 'url(#no-data-hatch)' });
    expect(shape('276').title).toBe('Germany — computer: no data for 2007 (n/a)');
  });

  it('fills a neighbour outside the dataset with the context grey and gives it no title', () => {
    expect(shape('999')).toMatchObject({ country: null, fill: CONTEXT_FILL, selected: false, title: null });
    expect(shape('999').name).toBe('Neighbour');
  });

  it('flags selected countries and draws them last, after context and other data countries', () => {
    expect(shape('276').selected).toBe(true);
    expect(shape('250').selected).toBe(false);
    expect(layout.shapes.map((s) => s.key)).toEqual(['999', '250', '276']);
  });

  it('with the outlines projected once (mapOutlines), gives the layout it gives projecting them again', () => {
    const outlines = mapOutlines(geometry, isoToCountry, 500);
    const kept = mapLayout({
      geometry,
      cells: [fr, deMissing],
      isoToCountry,
      selected: ['DE'],
      width: 500,
      outlines,
    });
    expect(kept).toEqual(layout);
    expect(kept.shapes.find((s) => s.key === '250')?.d).toBe(
      outlines.outlines.find((o) => o.key === '250')?.d,
    );
    // Outlines of another width are not used.
    const other = mapLayout({ geometry, cells: [fr], isoToCountry, selected: [], width: 700, outlines });
    expect(other.height).toBe(mapOutlines(geometry, isoToCountry, 700).height);
    const wide = mapOutlines(geometry, isoToCountry, 700).outlines;
    for (const shape of other.shapes) expect(shape.d).toBe(wide.find((o) => o.key === shape.key)?.d);
  });

  it('gives a higher value a class at least as dark as a lower one', () => {
    const two = mapLayout({
      geometry,
      cells: [fr, cell({ country: 'DE', countryName: 'Germany', indicator: 'computer', value: 40 })],
      isoToCountry,
      selected: [],
      width: 500,
    });
    const classOf = (iso: string) =>
      two.legend.findIndex((l) => l.colour === two.shapes.find((s) => s.key === iso)?.fill);
    expect(classOf('276')).toBe(0);
    expect(classOf('250')).toBe(two.legend.length - 1);
  });

  it('draws the lowest class clearly apart from the sea and the context land (issue 21.9)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    const lowest = layout.legend[0]?.colour ?? '';
    expect(contrast(lowest, SEA_FILL)).toBeGreaterThan(1.6);
    expect(contrast(lowest, CONTEXT_FILL)).toBeGreaterThan(1.3);
  });

  it('covers the data range with contiguous legend bins', () => {
    for (let i = 1; i < layout.legend.length; i += 1) {
      close(layout.legend[i]?.from ?? Number.NaN, layout.legend[i - 1]?.to ?? Number.NaN);
    }
  });
});

describe('legendGrid (map legend)', () => {
  it('keeps six items on one row when the map is wide', () => {
    const grid = legendGrid(6, 900);
    expect(grid.map((p) => p.y)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(grid.map((p) => p.x)).toEqual([0, 1, 2, 3, 4, 5].map((k) => k * LEGEND_ITEM_WIDTH));
  });

  it('wraps into rows that fit a phone-width map, and grows the height to match', () => {
    const width = 358;
    const grid = legendGrid(6, width);
    for (const p of grid) expect(p.x + LEGEND_ITEM_WIDTH).toBeLessThanOrEqual(width - 16 + 1);
    expect(new Set(grid.map((p) => p.y)).size).toBe(2);
    expect(grid.height).toBeGreaterThan(legendGrid(6, 900).height);
  });

  it('puts one item per row on an absurdly narrow canvas rather than none', () => {
    expect(legendGrid(3, 20).map((p) => p.x)).toEqual([0, 0, 0]);
  });
});

describe('valueLabelX (bars)', () => {
  it('keeps the label just after its bar when the EU27 tick is elsewhere', () => {
    expect(valueLabelX(100, '82.8', 300)).toBe(100);
    expect(valueLabelX(100, '82.8', 50)).toBe(100);
    expect(valueLabelX(100, '82.8', null)).toBe(100);
  });

  it('moves the label past the EU27 tick when the tick would cross it', () => {
    expect(valueLabelX(100, '82.8', 110)).toBe(114);
    expect(valueLabelX(100, '86', 98)).toBe(102);
  });

  it('France, just under the EU27 average in computer use, gets its label clear of the tick', () => {
    const fr = barsLayout({
      cells: comparisonCells(index, ['FR'], ['computer']),
      countries: ['FR'],
      indicators: ['computer'],
      colours: new Map(),
      width: 360,
    }).bars[0];
    if (!fr || fr.referenceX === null) throw new Error('France has a bar and a tick');
    const textEnd = fr.labelX + fr.label.length * 6.5;
    expect(fr.referenceX < fr.labelX || fr.referenceX > textEnd).toBe(true);
  });
});
