import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OKABE_ITO, viewColours } from '../../src/charts/shared/palette';
import { patternOf, seriesStyles } from '../../src/charts/shared/seriesStyle';

const look = (s: { colour: string; pattern: unknown }) => `${s.colour}|${JSON.stringify(s.pattern)}`;

describe('seriesStyles (issue 17.6: colours repeat past the palette)', () => {
  it('never gives two series of one view the same colour and pattern, however many are selected', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 150 }), (ids) => {
        const styles = [...seriesStyles(ids).values()];
        expect(styles).toHaveLength(ids.length);
        expect(new Set(styles.map(look)).size).toBe(ids.length);
        // Each pattern has its own id, and the paint points at it.
        const patternIds = styles.flatMap((s) => (s.patternId ? [s.patternId] : []));
        expect(new Set(patternIds).size).toBe(patternIds.length);
        for (const s of styles) expect(s.fill).toBe(s.patternId ? `url(#${s.patternId})` : s.colour);
      }),
    );
  });

  it('draws the first six solid in the palette, the seventh in the first colour with a pattern', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const styles = seriesStyles(ids);
    expect(ids.slice(0, 6).map((id) => styles.get(id)?.pattern)).toEqual(Array(6).fill(null));
    expect(styles.get('g')).toMatchObject({ colour: OKABE_ITO[0], pattern: { kind: 'lines' } });
    expect(styles.get('g')?.fill).toMatch(/^url\(#series-pattern-6\)$/);
    expect(styles.get('h')?.colour).toBe(OKABE_ITO[1]);
  });

  it('keeps the colours of viewColours (the profile cards and the other kinds use those)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 40 }), (ids) => {
        const colours = viewColours(ids, ids);
        for (const [id, style] of seriesStyles(ids)) expect(style.colour).toBe(colours.get(id));
      }),
    );
  });

  it('makes each round of the patterns different from the ones before', () => {
    const rounds = Array.from({ length: 30 }, (_, i) => JSON.stringify(patternOf(i)));
    expect(new Set(rounds).size).toBe(30);
    expect(patternOf(0)).toBeNull();
  });
});
