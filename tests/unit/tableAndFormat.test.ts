import { describe, expect, it } from 'vitest';
import { formatGap, formatPercent, formatValue, markTitle } from '../../src/charts/shared/format';
import { cellText, sortTableRows, tableColumns, tableRows } from '../../src/charts/table/tableModel';
import { buildViewModel } from '../../src/data/viewModel';
import { index } from './fixtures';

describe('format', () => {
  it('formatValue keeps published precision: integers bare, decimals to one place', () => {
    expect(formatValue(65)).toBe('65');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(82.8)).toBe('82.8');
    expect(formatValue(82.84)).toBe('82.8');
    expect(formatValue(null)).toBe('no data');
  });

  it('formatPercent adds a spaced percent sign', () => {
    expect(formatPercent(82.8)).toBe('82.8 %');
    expect(formatPercent(100)).toBe('100 %');
    expect(formatPercent(null)).toBe('no data');
  });

  it('formatGap signs with + and a real minus (U+2212), one decimal, 0.0 unsigned', () => {
    expect(formatGap(-4.6)).toBe('\u22124.6');
    expect(formatGap(3.5)).toBe('+3.5');
    expect(formatGap(10)).toBe('+10.0');
    expect(formatGap(0)).toBe('0.0');
    expect(formatGap(-0)).toBe('0.0');
    expect(formatGap(null)).toBe('no data');
    expect(formatGap(-12.25)).not.toContain('-');
  });

  it('markTitle names country, indicator, value and year, or no data with the note', () => {
    const base = { countryName: 'France', indicatorLabel: 'Computer use', year: 2007 };
    expect(markTitle({ ...base, value: 82.8 })).toBe('France — Computer use: 82.8 % (2007)');
    expect(markTitle({ ...base, value: 82.8, year: null })).toBe('France — Computer use: 82.8 %');
    expect(markTitle({ ...base, value: null, note: 'not surveyed' })).toBe(
      'France — Computer use: no data for 2007 (not surveyed)',
    );
    expect(markTitle({ ...base, value: null, note: null })).toBe('France — Computer use: no data for 2007');
    expect(
      markTitle({
        ...base,
        year: 2012,
        value: null,
        otherWaves: [
          { year: 2009, value: 72 },
          { year: 2006, value: 60 },
        ],
      }),
    ).toBe('France — Computer use: no data for 2012; 2009: 72 %, 2006: 60 %');
  });
});

describe('table model', () => {
  const indicators = ['computer', 'epr'];
  const tableModel = (countries: string[]) =>
    buildViewModel(index, {
      countries,
      indicators,
      chart: 'table',
      profile: null,
      time: 'latest',
      embed: false,
    });
  const model = tableModel(['GR', 'FR', 'GB', 'DE']);
  const columns = tableColumns(model);
  const rows = tableRows(model);
  const column = (key: string) => {
    const found = columns.find((c) => c.key === key);
    if (!found) throw new Error(`no column ${key}`);
    return found;
  };
  const order = (key: string, direction: 'ascending' | 'descending') =>
    sortTableRows(rows, columns, { column: key, direction }).map((r) => r.country);

  it('has a country column, then a value and a gap column per indicator, labelled with short labels', () => {
    expect(columns.map((c) => [c.key, c.label, c.kind])).toEqual([
      ['country', 'Country', 'country'],
      ['computer:value', 'Computer use (%)', 'value'],
      ['computer:gap', 'Computer use: gap to EU27 (points)', 'gap'],
      ['epr:value', 'Electronic patient record (%)', 'value'],
      ['epr:gap', 'Electronic patient record: gap to EU27 (points)', 'gap'],
    ]);
  });

  it('puts the EU27 reference row first, then the selection in the user order', () => {
    expect(rows.map((r) => [r.country, r.reference])).toEqual([
      ['EU27', true],
      ['GR', false],
      ['FR', false],
      ['GB', false],
      ['DE', false],
    ]);
    // An average in the country list is not a country: it stays the reference row.
    expect(tableRows(tableModel(['FR', 'EU27'])).map((r) => r.country)).toEqual(['EU27', 'FR']);
  });

  it('leaves the rows unsorted without a sort key or with an unknown column', () => {
    expect(sortTableRows(rows, columns, null)).toBe(rows);
    expect(sortTableRows(rows, columns, { column: 'nope', direction: 'ascending' })).toBe(rows);
  });

  it('sorts by value both ways, EU27 staying first and missing values last', () => {
    expect(order('computer:value', 'descending')).toEqual(['EU27', 'DE', 'FR', 'GR', 'GB']);
    expect(order('computer:value', 'ascending')).toEqual(['EU27', 'GR', 'FR', 'DE', 'GB']);
    // GR has a null ePR value and GB none at all: both stay at the end in either direction.
    expect(order('epr:value', 'descending').slice(0, 3)).toEqual(['EU27', 'DE', 'FR']);
    expect(order('epr:value', 'ascending').slice(0, 3)).toEqual(['EU27', 'FR', 'DE']);
    expect(new Set(order('epr:value', 'ascending').slice(3))).toEqual(new Set(['GR', 'GB']));
  });

  it('sorts by gap and by country name', () => {
    expect(order('computer:gap', 'ascending')).toEqual(['EU27', 'GR', 'FR', 'DE', 'GB']);
    expect(order('country', 'ascending')).toEqual(['EU27', 'FR', 'DE', 'GR', 'GB']);
    expect(order('country', 'descending')).toEqual(['EU27', 'GB', 'GR', 'DE', 'FR']);
  });

  it('does not modify the rows it sorts', () => {
    const before = rows.map((r) => r.country);
    sortTableRows(rows, columns, { column: 'computer:value', direction: 'descending' });
    expect(rows.map((r) => r.country)).toEqual(before);
  });

  it('cellText shows the name, the value as published, the signed gap, a dash for the EU27 gap', () => {
    const fr = rows.find((r) => r.country === 'FR');
    const eu = rows.find((r) => r.country === 'EU27');
    const gb = rows.find((r) => r.country === 'GB');
    if (!fr || !eu || !gb) throw new Error('rows missing');
    expect(cellText(fr, column('country'))).toBe('France');
    expect(cellText(fr, column('computer:value'))).toBe('82.8');
    expect(cellText(fr, column('computer:gap'))).toBe('−4.6');
    expect(cellText(eu, column('computer:value'))).toBe('87.4');
    expect(cellText(eu, column('computer:gap'))).toBe('—');
    expect(cellText(gb, column('computer:value'))).toBe('no data');
    expect(cellText(gb, column('computer:gap'))).toBe('no data');
  });
});

describe('one decimal without d3-format in the page (it stays the reference here)', () => {
  it('formatValue and formatGap write what d3-format writes for any value', async () => {
    const { format } = await import('d3-format');
    const fc = (await import('fast-check')).default;
    const d3One = format('.1f');
    const d3Signed = format('+.1f');
    fc.assert(
      fc.property(fc.double({ min: -200, max: 200, noNaN: true }), (value) => {
        if (!Number.isInteger(value)) expect(formatValue(value)).toBe(d3One(value));
        if (value !== 0) expect(formatGap(value)).toBe(d3Signed(value));
      }),
      { numRuns: 2000 },
    );
  });
});
