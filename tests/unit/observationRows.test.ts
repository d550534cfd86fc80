import { describe, expect, it } from 'vitest';
import {
  type ObservationRowOptions,
  parsePercent,
  readObservationRows,
} from '../../src/data/observationRows';

const strict: ObservationRowOptions = {
  countries: new Set(['FR', 'DE', 'GR', 'GB', 'EU27']),
  indicators: new Set(['computer', 'internet', 'epr']),
  defaultSourceId: 'empirica-2008',
  lenient: false,
};
const lenient: ObservationRowOptions = { ...strict, lenient: true };

const csv = (...lines: string[]) => lines.join('\n');
const HEADER = 'country,indicator,year,value,where,note';

describe('parsePercent', () => {
  it('reads a plain number, an integer and a trailing percent sign', () => {
    expect(parsePercent('82.8', false)).toBe(82.8);
    expect(parsePercent('65', false)).toBe(65);
    expect(parsePercent(' 82.8 % ', false)).toBe(82.8);
    expect(parsePercent('82.8%', false)).toBe(82.8);
  });

  it('returns null for an empty cell', () => {
    expect(parsePercent('', false)).toBeNull();
    expect(parsePercent('   ', true)).toBeNull();
  });

  it('accepts a decimal comma only when lenient', () => {
    expect(parsePercent('82,8', true)).toBe(82.8);
    expect(parsePercent('82,8 %', true)).toBe(82.8);
    expect(parsePercent('82,8', false)).toBe('invalid');
  });

  it('rejects text, thousands separators and exponent notation', () => {
    for (const raw of ['n/a', 'abc', '1,234.5', '1e2', '82.8.1', '.5', '82.']) {
      expect(parsePercent(raw, true), raw).toBe('invalid');
    }
  });
});

describe('readObservationRows: happy path', () => {
  it('reads each row into an observation with its line number and the default source', () => {
    const result = readObservationRows(
      csv(HEADER, 'FR,computer,2007,82.8,"profile, para 1",', 'EU27,computer,2007,87.4,,'),
      strict,
    );
    expect(result.problems).toEqual([]);
    expect(result.delimiter).toBe(',');
    expect(result.rows).toEqual([
      {
        country: 'FR',
        indicator: 'computer',
        year: 2007,
        value: 82.8,
        sourceId: 'empirica-2008',
        where: 'profile, para 1',
        note: null,
        line: 2,
        label: null,
        sourceText: null,
        countryName: null,
      },
      {
        country: 'EU27',
        indicator: 'computer',
        year: 2007,
        value: 87.4,
        sourceId: 'empirica-2008',
        where: null,
        note: null,
        line: 3,
        label: null,
        sourceText: null,
        countryName: null,
      },
    ]);
  });

  it('normalizes country case and the EL / UK aliases, and lower-cases indicator ids', () => {
    const { rows, problems } = readObservationRows(
      csv('Country,Indicator,Year,Value', 'fr,COMPUTER,2007,1', 'EL,epr,2007,2', 'uk,internet,2007,3'),
      strict,
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.country, r.indicator])).toEqual([
      ['FR', 'computer'],
      ['GR', 'epr'],
      ['GB', 'internet'],
    ]);
  });

  it('accepts an empty value when a note says why', () => {
    const { rows, problems } = readObservationRows(
      csv(HEADER, 'GR,epr,2007,,,not published for Greece'),
      strict,
    );
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ country: 'GR', value: null, note: 'not published for Greece' });
  });

  it('accepts the bounds 0 and 100', () => {
    const { rows, problems } = readObservationRows(
      csv(HEADER, 'FR,computer,2007,0,,', 'DE,computer,2007,100,,'),
      strict,
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([0, 100]);
  });

  it('skips blank lines without reporting them and keeps later line numbers right', () => {
    const { rows, problems } = readObservationRows(csv(HEADER, '', 'FR,computer,2007,82.8,,', ''), strict);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([3]);
  });

  it('keeps optional label and source columns of an analyst file', () => {
    const { rows } = readObservationRows(
      csv('country,indicator,year,value,label,source', 'FR,my_use,2010,50,My use,Own survey'),
      { ...lenient, indicators: null },
    );
    expect(rows[0]).toMatchObject({ indicator: 'my_use', label: 'My use', sourceText: 'Own survey' });
  });
});

describe('readObservationRows: rejections name the line and the reason', () => {
  const one = (row: string, options = strict) => readObservationRows(csv(HEADER, row), options);

  it('rejects an unknown country code', () => {
    expect(one('XX,computer,2007,50,,')).toEqual({
      rows: [],
      problems: [{ line: 2, message: 'unknown country code "XX"' }],
      delimiter: ',',
      missing: [],
    });
  });

  it('rejects a malformed indicator id', () => {
    expect(one('FR,GP use!,2007,50,,').problems).toEqual([
      { line: 2, message: 'malformed indicator id "GP use!"' },
    ]);
  });

  it('rejects an indicator the dataset does not define', () => {
    expect(one('FR,broadband,2007,50,,').problems).toEqual([
      { line: 2, message: 'unknown indicator "broadband"' },
    ]);
  });

  it('accepts any well-formed indicator id when the known set is null', () => {
    expect(one('FR,broadband,2007,50,,', { ...strict, indicators: null }).problems).toEqual([]);
  });

  it.each(['07', 'abcd', '2007.0', '20077', ''])('rejects the year "%s"', (year) => {
    expect(one(`FR,computer,${year},50,,`).problems).toEqual([
      { line: 2, message: `year is not a four-digit year: "${year}"` },
    ]);
  });

  it('rejects a value that is not a number', () => {
    expect(one('FR,computer,2007,n/a,,').problems).toEqual([
      { line: 2, message: 'value is not a number: "n/a"' },
    ]);
  });

  it.each([
    ['100.1', 100.1],
    ['-1', -1],
    ['250', 250],
  ])('rejects %s as outside 0–100', (raw, value) => {
    expect(one(`FR,computer,2007,${raw},,`).problems).toEqual([
      { line: 2, message: `value ${value} is outside 0–100 (percent)` },
    ]);
  });

  it('rejects an empty value without a note', () => {
    expect(one('FR,computer,2007,,,').problems).toEqual([
      { line: 2, message: 'value is empty and no note says why' },
    ]);
  });

  it('rejects a duplicate (country, indicator, year), naming both lines, and keeps the first', () => {
    const { rows, problems } = readObservationRows(
      csv(HEADER, 'FR,computer,2007,82.8,,', 'DE,computer,2007,90,,', 'fr,Computer,2007,83,,'),
      strict,
    );
    expect(rows.map((r) => [r.country, r.value])).toEqual([
      ['FR', 82.8],
      ['DE', 90],
    ]);
    expect(problems).toEqual([{ line: 4, message: 'duplicate of line 2: FR, computer, 2007' }]);
  });

  it('accepts the same country and indicator in another year', () => {
    const { rows, problems } = readObservationRows(
      csv(HEADER, 'FR,computer,2007,82.8,,', 'FR,computer,2008,85,,'),
      strict,
    );
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(2);
  });

  it('reports missing required columns on line 1 and reads no rows', () => {
    expect(readObservationRows(csv('country,indicator', 'FR,computer'), strict)).toEqual({
      rows: [],
      problems: [{ line: 1, message: 'missing columns: year, value' }],
      delimiter: ',',
      missing: ['year', 'value'],
    });
    expect(readObservationRows(csv('country,indicator,year', 'FR,computer,2007'), strict).problems).toEqual([
      { line: 1, message: 'missing column: value' },
    ]);
  });

  it('reports an empty file as missing every column', () => {
    expect(readObservationRows('', strict).problems).toEqual([
      { line: 1, message: 'missing columns: country, indicator, year, value' },
    ]);
  });

  it('reports every bad row, not only the first, and still loads the good ones', () => {
    const { rows, problems } = readObservationRows(
      csv(HEADER, 'XX,computer,2007,1,,', 'FR,computer,2007,82.8,,', 'DE,computer,2007,abc,,'),
      strict,
    );
    expect(rows.map((r) => r.country)).toEqual(['FR']);
    expect(problems.map((p) => p.line)).toEqual([2, 4]);
  });
});

describe('readObservationRows: lenient mode (files as Europe writes them)', () => {
  it('strips a byte-order mark before the header', () => {
    const { rows, problems } = readObservationRows(
      `\uFEFF${csv(HEADER, 'FR,computer,2007,82.8,,')}`,
      lenient,
    );
    expect(problems).toEqual([]);
    expect(rows[0]?.country).toBe('FR');
  });

  it('detects a semicolon separator and reads decimal commas', () => {
    const { rows, problems, delimiter } = readObservationRows(
      csv('country;indicator;year;value;note', 'FR;computer;2007;82,8;', 'DE;internet;2007;68,8 %;'),
      lenient,
    );
    expect(delimiter).toBe(';');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([82.8, 68.8]);
  });

  it('detects a tab separator', () => {
    const { rows, delimiter } = readObservationRows(
      csv('country\tindicator\tyear\tvalue', 'FR\tepr\t2007\t74,2'),
      lenient,
    );
    expect(delimiter).toBe('\t');
    expect(rows[0]?.value).toBe(74.2);
  });

  it('reads quoted fields containing the separator and doubled quotes', () => {
    const { rows, problems } = readObservationRows(
      csv(HEADER, 'FR,computer,2007,"82,8","profile, para 1","printed ""82,8"""'),
      lenient,
    );
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ value: 82.8, where: 'profile, para 1', note: 'printed "82,8"' });
  });

  it('reads CRLF line endings without leaving \\r in the last cell', () => {
    const text = [HEADER, 'FR,computer,2007,82.8,,first', 'DE,computer,2007,90 %,,second', ''].join('\r\n');
    const { rows, problems } = readObservationRows(text, lenient);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.value, r.note])).toEqual([
      [82.8, 'first'],
      [90, 'second'],
    ]);
  });

  it('reads CRLF line endings in strict mode as well', () => {
    const text = ['country,indicator,year,value', 'FR,computer,2007,82.8', ''].join('\r\n');
    const { rows, problems } = readObservationRows(text, strict);
    expect(problems).toEqual([]);
    expect(rows[0]?.value).toBe(82.8);
  });

  it('accepts a % suffix on the value', () => {
    expect(readObservationRows(csv(HEADER, 'FR,computer,2007,82.8%,,'), lenient).rows[0]?.value).toBe(82.8);
  });
});

describe('readObservationRows: strict mode (the build)', () => {
  it('rejects a quoted decimal comma', () => {
    expect(readObservationRows(csv(HEADER, 'FR,computer,2007,"82,8",,'), strict).problems).toEqual([
      { line: 2, message: 'value is not a number: "82,8"' },
    ]);
  });

  it('does not detect a semicolon separator: the whole line is one cell', () => {
    const { problems, delimiter } = readObservationRows(
      csv('country;indicator;year;value', 'FR;computer;2007;82.8'),
      strict,
    );
    expect(delimiter).toBe(',');
    expect(problems).toEqual([{ line: 1, message: 'missing columns: country, indicator, year, value' }]);
  });
});
