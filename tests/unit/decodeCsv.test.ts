import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, withoutZeroWidth } from '../../src/import/decodeCsv';
import { importNotes } from '../../src/import/importNotes';
import { parseImport } from '../../src/import/parseImport';
import { dataset } from './fixtures';

/**
 * Issue 26: a Windows-1252 CSV loaded with damaged accents and no warning; UTF-16 BE without a byte
 * order mark was refused as binary. Each encoding is read as written, and the report names it.
 */
const TEXT = 'country,indicator,year,value,label\nFR,acces,2020,40,Accès à l’Internet — 2020 €\n';

const utf16 = (text: string, bigEndian: boolean, mark: boolean) => {
  const le = Buffer.from(`${mark ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (bigEndian) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return new Uint8Array(le);
};

/**
 * Windows-1252 bytes of text in its Latin-1 range (é is 0xE9). Node 20's TextDecoder reads 0x80–0x9F
 * as Latin-1 (€ is U+0080 there); Chromium reads them as Windows-1252: the e2e test checks €.
 */
const LATIN = "country,indicator,year,value,label\nFR,acces,2020,40,Accès à l'Internet in Österreich\n";
const cp1252 = (text: string) => new Uint8Array([...text].map((ch) => ch.codePointAt(0) as number));

describe('decodeCsvBytes', () => {
  const cases: [string, Uint8Array, string, string?][] = [
    ['UTF-8', new TextEncoder().encode(TEXT), 'UTF-8'],
    [
      'UTF-8 with BOM',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]),
      'UTF-8 (with a byte order mark)',
    ],
    ['UTF-16 LE with BOM', utf16(TEXT, false, true), 'UTF-16 LE'],
    ['UTF-16 BE with BOM', utf16(TEXT, true, true), 'UTF-16 BE'],
    ['UTF-16 LE without BOM', utf16(TEXT, false, false), 'UTF-16 LE'],
    ['UTF-16 BE without BOM', utf16(TEXT, true, false), 'UTF-16 BE'],
    ['Windows-1252', cp1252(LATIN), 'Windows-1252', LATIN],
  ];
  for (const [name, bytes, encoding, text = TEXT] of cases) {
    it(`${name}: the text as written, the encoding named, and the file loads`, () => {
      const decoded = decodeCsvBytes(bytes);
      expect(decoded).toEqual({ text, encoding });
      const result = parseImport(decoded.text, 'file.csv', dataset);
      expect(result.data?.indicators[0]?.label).toBe(text.split(',40,')[1]?.trim());
    });
  }

  it('a binary file stays refused as binary', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(parseImport(decodeCsvBytes(png).text, 'x.csv', dataset).refused).toMatch(/binary/);
  });
});

describe('zero-width characters and look-alike names', () => {
  it('“Comp\\u200Buter use” loses its zero-width space, and the report names it as a built-in name', () => {
    const clean = withoutZeroWidth('country,indicator,year,value,label\nFR,cu,2020,40,Comp\u200Buter use\n');
    expect(clean.removed).toBe(1);
    const data = parseImport(clean.text, 'x.csv', dataset).data;
    expect(data?.indicators[0]?.label).toBe('Computer use');
    const notes = importNotes(clean.removed, data ?? null, dataset);
    expect(notes[0]).toBe('Removed 1 invisible zero-width character from the file.');
    expect(notes[1]).toMatch(
      /^Your indicator “\u2068Computer use\u2069” \(my_cu\) has the name of a built-in one/,
    );
  });

  it('a name of its own: no note', () => {
    const data = parseImport(
      'country,indicator,year,value,label\nFR,t,2020,40,Tablets\n',
      'x.csv',
      dataset,
    ).data;
    expect(importNotes(0, data ?? null, dataset)).toEqual([]);
  });
});
