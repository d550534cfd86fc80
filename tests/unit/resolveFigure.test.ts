import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitRank, precisionOf, resolveFigure, sameFigure } from '../../src/data/resolveFigure';
import { FITS, type Observation } from '../../src/data/schema';

/** Publications in precedence order, as SOURCES.json would list them. */
const ORDER = [
  'smw-2024',
  'agrisano-2023',
  'epsos-it',
  'empirica-2008',
  'dottnet-2008',
  'punto-2008',
  'publico-2008',
];
const rank = (id: string) => {
  const i = ORDER.indexOf(id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

const row = (sourceId: string, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  country: 'IT',
  indicator: 'computer',
  year: 2007,
  value,
  sourceId,
  where: `${sourceId}, p. 1`,
  note: value === null ? 'in a chart only' : null,
  ...extra,
});

describe('precision of a published figure', () => {
  it('is the unit of its last written digit, or the row’s own precision', () => {
    expect(precisionOf({ value: 86.2 })).toBeCloseTo(0.1);
    expect(precisionOf({ value: 86 })).toBe(1);
    expect(precisionOf({ value: 50, precision: 10 })).toBe(10);
  });

  it('makes two figures the same when the coarser is the rounding of the finer', () => {
    expect(sameFigure({ value: 86 }, { value: 86.2 })).toBe(true);
    expect(sameFigure({ value: 50, precision: 10 }, { value: 48.8 })).toBe(true);
    expect(sameFigure({ value: 82 }, { value: 83 })).toBe(false);
    expect(sameFigure({ value: 86 }, { value: 86.6 })).toBe(false);
  });
});

describe('resolveFigure: precision and conflicts within one survey', () => {
  it('IT computer: 86 and 86.2 are one figure; the most precise, 86.2, is shown', () => {
    const r = resolveFigure([row('punto-2008', 86), row('dottnet-2008', 86.2)], rank);
    expect(r).toMatchObject({ value: 86.2, sourceId: 'dottnet-2008', conflicts: [] });
    expect(r?.sourceIds).toEqual(['dottnet-2008', 'punto-2008']);
  });

  it('IT broadband: "50 percent" in prose, 49 and 48.8 agree; 48.8 is shown, no conflict', () => {
    const r = resolveFigure(
      [
        row('punto-2008', 49, { indicator: 'broadband' }),
        row('epsos-it', 50, { indicator: 'broadband', precision: 10 }),
        row('dottnet-2008', 48.8, { indicator: 'broadband' }),
      ],
      rank,
    );
    expect(r).toMatchObject({ value: 48.8, sourceId: 'dottnet-2008', conflicts: [] });
    expect(new Set(r?.sourceIds)).toEqual(new Set(['dottnet-2008', 'epsos-it', 'punto-2008']));
  });

  it('FI broadband: 93 and 92.7 agree; 92.7 is shown', () => {
    const r = resolveFigure([row('empirica-2008', 93), row('publico-2008', 92.7)], rank);
    expect(r).toMatchObject({ value: 92.7, sourceId: 'publico-2008', conflicts: [] });
  });

  it('CH 2022: 82 against 83 disagree; the first in precedence is shown and the other kept as a conflict', () => {
    const rows = [row('agrisano-2023', 82, { country: 'CH' }), row('smw-2024', 83, { country: 'CH' })];
    expect(resolveFigure(rows, rank)).toMatchObject({
      value: 83,
      sourceId: 'smw-2024',
      sourceIds: ['smw-2024'],
      conflicts: [{ value: 82, sourceId: 'agrisano-2023' }],
    });
    // the order of the rows does not matter, only precedence
    expect(resolveFigure([...rows].reverse(), rank)?.value).toBe(83);
  });

  it('any value wins over an explicit "no data" row, whatever the precedence', () => {
    expect(resolveFigure([row('smw-2024', null), row('punto-2008', 86)], rank)).toMatchObject({
      value: 86,
      sourceId: 'punto-2008',
    });
  });

  it('keeps the note of the first "no data" row when no publication gives a value', () => {
    expect(
      resolveFigure(
        [row('punto-2008', null, { note: 'later' }), row('empirica-2008', null, { note: 'chart only' })],
        rank,
      ),
    ).toMatchObject({ value: null, sourceId: 'empirica-2008', note: 'chart only', conflicts: [] });
    expect(resolveFigure([], rank)).toBeNull();
  });

  it('always shows a published value of the rows, agreeing with the first in precedence', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            source: fc.constantFrom(...ORDER),
            value: fc.option(
              fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
              { nil: null },
            ),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (specs) => {
          const rows = specs.map((s) => row(s.source, s.value));
          const r = resolveFigure(rows, rank);
          const values = rows.filter((x) => x.value !== null);
          if (values.length === 0) return r?.value === null;
          const lead = [...values].sort((a, b) => rank(a.sourceId) - rank(b.sourceId))[0] as Observation;
          return (
            values.some((x) => x.value === r?.value) &&
            sameFigure({ value: r?.value ?? null }, lead) &&
            (r?.conflicts ?? []).every((c) => !sameFigure({ value: c.value }, lead))
          );
        },
      ),
    );
  });
});

describe('resolveFigure: definition fit first, source order breaks ties (issue 17)', () => {
  const de = (sourceId: string, value: number, extra: Partial<Observation> = {}) =>
    row(sourceId, value, { country: 'DE', indicator: 'kbv_digital_records', year: 2018, ...extra });

  it('a wording that fits the definition beats an earlier publication whose wording fits only in part', () => {
    const rows = [
      de('smw-2024', 58, { fit: 'partial', fitNote: "prints 'digitalisiert'; base not stated" }),
      de('publico-2008', 73, { fit: 'exact' }),
    ];
    const r = resolveFigure(rows, rank);
    expect(r).toMatchObject({
      value: 73,
      sourceId: 'publico-2008',
      sourceIds: ['publico-2008'],
      fit: 'exact',
    });
    // the other figure stays listed, with its fit and the note on its wording and base
    expect(r?.conflicts).toEqual([
      { value: 58, sourceId: 'smw-2024', fit: 'partial', fitNote: "prints 'digitalisiert'; base not stated" },
    ]);
    expect(resolveFigure([...rows].reverse(), rank)?.value).toBe(73);
  });

  it('an exact fit beats a row not assessed, and a row not assessed beats a partial fit', () => {
    expect(resolveFigure([de('smw-2024', 58), de('publico-2008', 73, { fit: 'exact' })], rank)?.value).toBe(
      73,
    );
    expect(
      resolveFigure(
        [de('smw-2024', 58, { fit: 'partial', fitNote: 'base differs' }), de('publico-2008', 73)],
        rank,
      )?.value,
    ).toBe(73);
  });

  it('among equal fits, the first in precedence is shown and the other kept as a conflict', () => {
    for (const fit of ['exact', 'partial', undefined] as const) {
      const extra = fit ? { fit, fitNote: 'same wording' } : {};
      const r = resolveFigure([de('publico-2008', 73, extra), de('smw-2024', 58, extra)], rank);
      expect(r).toMatchObject({ value: 58, sourceId: 'smw-2024' });
      expect(r?.conflicts.map((c) => [c.value, c.sourceId])).toEqual([[73, 'publico-2008']]);
    }
  });

  it('a more precise figure of a worse fit agrees but is not shown in place of the best fit', () => {
    const r = resolveFigure(
      [
        de('smw-2024', 73.4, { fit: 'partial', fitNote: 'base differs' }),
        de('publico-2008', 73, { fit: 'exact' }),
      ],
      rank,
    );
    expect(r).toMatchObject({ value: 73, sourceId: 'publico-2008', conflicts: [] });
    expect(r?.sourceIds).toEqual(['publico-2008', 'smw-2024']);
  });

  it('always shows a figure of the best fit present', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            source: fc.constantFrom(...ORDER),
            value: fc.integer({ min: 0, max: 100 }),
            fit: fc.constantFrom('exact', 'partial', undefined),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (specs) => {
          const rows = specs.map((s) => de(s.source, s.value, s.fit ? { fit: s.fit, fitNote: 'n' } : {}));
          const best = Math.min(...rows.map((x) => fitRank(x.fit)));
          const r = resolveFigure(rows, rank);
          return fitRank(r?.fit) === best && (r?.conflicts ?? []).every((c) => fitRank(c.fit) >= best);
        },
      ),
    );
  });
});

describe('resolveFigure: one publication', () => {
  it('resolves as the full comparison does (one row gives what the same row twice gives)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORDER, 'own-file'),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(undefined, ...FITS),
        fc.option(fc.string(), { nil: null }),
        (sourceId, value, fit, note) => {
          const o = row(sourceId, value, { note, ...(fit ? { fit } : {}) });
          expect(resolveFigure([o], rank)).toEqual(resolveFigure([o, { ...o }], rank));
        },
      ),
    );
  });
});
