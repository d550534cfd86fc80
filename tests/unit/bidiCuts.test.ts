import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../src/charts/shared/measure';
import { nameLines } from '../../src/charts/surveys/layout';
import { balanceIsolates, cutText, isolate } from '../../src/data/bidi';

const FSI = '\u2068';
const PDI = '\u2069';

/** Isolates still open at the end of `line` (an unmatched PDI is ignored, as the bidi algorithm does). */
function openAtEnd(line: string): number {
  let open = 0;
  for (const ch of line) {
    if (ch === FSI) open += 1;
    else if (ch === PDI && open > 0) open -= 1;
  }
  return open;
}

describe('cuts inside an own label keep it isolated', () => {
  it('a cut inside an isolate closes it before the "…"', () => {
    const text = `Use of ${isolate('\u202Emy practice survey of 2024')} in 2024`;
    const cut = cutText(text, 16);
    expect(cut).toBe(`Use of ${FSI}\u202Emy pra${PDI}…`);
    expect(cut.endsWith(`${PDI}…`)).toBe(true);
  });

  it('a text that fits is left as it is', () => {
    expect(cutText(isolate('short'), 20)).toBe(isolate('short'));
  });

  it('a line break inside an isolate closes it on the first line and reopens it on the next', () => {
    const lines = wrapWords(`Rate: ${isolate('\u202Eone two three four')} end`, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(openAtEnd(line)).toBe(0);
    expect(lines[1]?.startsWith(FSI)).toBe(true);
  });

  it('a row name of two lines (All surveys) keeps each line balanced', () => {
    const lines = nameLines(`EU27 average ${isolate('(\u202Emy own survey with a long name)')}`, 120);
    expect(lines.length).toBe(2);
    for (const line of lines) expect(openAtEnd(line)).toBe(0);
  });

  it('property: every line of a wrapped or cut text closes what it opens', () => {
    const piece = fc.oneof(
      fc.constantFrom('word', 'two words', ' ', '\u202E', 'مرحبا'),
      fc.string({ maxLength: 8 }).map(isolate),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 4, max: 30 }), (pieces, width) => {
        const text = pieces.join(' ');
        for (const line of wrapWords(text, width)) expect(openAtEnd(line)).toBe(0);
        expect(openAtEnd(cutText(text, width))).toBe(0);
        for (const line of balanceIsolates([text.slice(0, width), text.slice(width)]))
          expect(openAtEnd(line)).toBe(0);
      }),
    );
  });
});
