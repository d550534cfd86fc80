import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/buildDataset';
import {
  type CountryNameTable,
  countryByName,
  countryNameIndex,
  normalizeCountryName,
} from '../../src/data/countryNames';
import type { Country } from '../../src/data/schema';
import { indicatorIdFromLabel, parseImport } from '../../src/import/parseImport';
import { buildProblems, fixtureInput } from './dataInput';
import { countries, dataset } from './fixtures';

const NOW = new Date('2026-12-06T08:00:00Z');
const dataDir = join(import.meta.dirname, '..', '..', 'data');
const realTable = JSON.parse(readFileSync(join(dataDir, 'country-names.json'), 'utf8')) as CountryNameTable;
const realCountries = JSON.parse(readFileSync(join(dataDir, 'countries.json'), 'utf8')) as Country[];

describe('the country-name table (data/country-names.json)', () => {
  const { index, problems } = countryNameIndex(realTable, realCountries);

  it('has every country of countries.json, its own name among its names, and no name twice', () => {
    expect(problems).toEqual([]);
    expect(new Set(realTable.map((r) => r.code))).toEqual(new Set(realCountries.map((c) => c.code)));
  });

  it.each([
    ['Czechia', 'CZ'],
    ['Czech Republic', 'CZ'],
    ['UK', 'GB'],
    ['Great Britain', 'GB'],
    ['Deutschland', 'DE'],
    ['España', 'ES'],
    ['ESPANA', 'ES'],
    ['Sverige', 'SE'],
    ['österreich', 'AT'],
    ['Magyarorszag', 'HU'],
    ['Ελλάδα', 'GR'],
    ['  the netherlands ', 'NL'],
    ['EU-27', 'EU27'],
  ])('reads "%s" as %s whatever its case and accents', (name, code) => {
    expect(countryByName(index, name)).toBe(code);
  });

  it('reads no name it does not hold (England is not the United Kingdom)', () => {
    expect(countryByName(index, 'England')).toBeNull();
    expect(countryByName(index, 'Swedn')).toBeNull();
    expect(countryByName(index, ' - ')).toBeNull();
  });

  it('normalizes case, accents, spaces and punctuation only', () => {
    expect(normalizeCountryName('Česká  Republika')).toBe('ceskarepublika');
    expect(normalizeCountryName('U.K.')).toBe('uk');
    expect(normalizeCountryName('Kıbrıs')).toBe('kibris');
  });
});

describe('countryNameIndex: the checks the data build makes', () => {
  const few: Country[] = [
    { code: 'ES', name: 'Spain' },
    { code: 'SE', name: 'Sweden' },
    { code: 'DE', name: 'Germany' },
  ];

  it('finds two names that read the same once case and accents are ignored', () => {
    const { problems } = countryNameIndex(
      [
        { code: 'ES', names: ['Spain', 'España'] },
        { code: 'SE', names: ['Sweden', 'ESPANA'] },
        { code: 'DE', names: ['Germany'] },
      ],
      few,
    );
    expect(problems).toEqual([
      '"ESPANA" (SE) reads the same as "España" (ES) once case and accents are ignored',
    ]);
  });

  it("finds a name that reads as another country's code, an unknown code and a missing own name", () => {
    const { problems } = countryNameIndex(
      [
        { code: 'ES', names: ['Spain', 'se'] },
        { code: 'SE', names: ['Sverige'] },
        { code: 'XX', names: ['Nowhere'] },
      ],
      few,
    );
    expect(problems).toEqual([
      '"se" (ES) reads as the code of SE',
      'XX: not a country in countries.json',
      'SE: its name in countries.json ("Sweden") is not among its names',
      'DE: its name in countries.json ("Germany") is not among its names',
    ]);
  });

  it('fails the data build with the file named', () => {
    const table = [
      ...countries.map((c) => ({ code: c.code, names: [c.name] })),
      { code: 'BE', names: ['Holland'] },
      { code: 'FR', names: ['holland'] },
    ];
    const input = fixtureInput({
      countryNames: { file: 'data/country-names.json', text: JSON.stringify(table) },
    });
    const problems = buildProblems(input);
    expect(problems).toEqual([
      'data/country-names.json: "holland" (FR) reads the same as "Holland" (BE) once case and accents are ignored',
    ]);
    const good = {
      ...input,
      countryNames: { file: 'data/country-names.json', text: JSON.stringify(table.slice(0, -1)) },
    };
    expect(buildDataset(good).countries).toHaveLength(countries.length);
  });
});

describe('parseImport: countries by name', () => {
  const names = countryNameIndex(realTable, realCountries).index;
  const csv = [
    'country,indicator,year,value',
    'Deutschland,tablets,2024,40',
    'FR,tablets,2024,41',
    'great britain,tablets,2024,42',
    'DEUTSCHLAND,tablets,2025,43',
    'Greece,tablets,2024,44',
    'Sverige,tablets,2024,45',
    'Swedn,tablets,2024,46',
  ].join('\n');

  it('reads the names it knows as codes and says which rows were read by name', () => {
    const result = parseImport(csv, 'names.csv', dataset, NOW, { countryNames: names });
    expect(result.data?.observations.map((o) => [o.country, o.value])).toEqual([
      ['DE', 40],
      ['FR', 41],
      ['GB', 42],
      ['DE', 43],
      ['GR', 44],
    ]);
    expect(result.byName).toEqual([
      { name: 'Deutschland', code: 'DE', lines: [2] },
      { name: 'great britain', code: 'GB', lines: [4] },
      { name: 'DEUTSCHLAND', code: 'DE', lines: [5] },
      { name: 'Greece', code: 'GR', lines: [6] },
    ]);
    // Sweden is a known name but not a country of this dataset; a misspelling is no name at all.
    expect(result.rejected).toEqual([
      { line: 7, message: 'unknown country "Sverige" (neither a code nor a name the dashboard knows)' },
      { line: 8, message: 'unknown country "Swedn" (neither a code nor a name the dashboard knows)' },
    ]);
  });

  it('without the table, reads codes only, as the data build does', () => {
    const result = parseImport(csv, 'names.csv', dataset, NOW);
    expect(result.data?.observations.map((o) => o.country)).toEqual(['FR']);
    expect(result.rejected[0]).toEqual({ line: 2, message: 'unknown country code "Deutschland"' });
  });
});

describe('parseImport: a file without indicator or year', () => {
  const bare = ['country,value', 'France,41', 'DE,42.5'].join('\n');
  const names = countryNameIndex(realTable, realCountries).index;

  it('asks for the missing columns instead of refusing, when the panel can ask', () => {
    const result = parseImport(bare, 'bare.csv', dataset, NOW, { countryNames: names, askMissing: true });
    expect(result).toMatchObject({ data: null, refused: null, asks: ['indicator', 'year'] });
    const noYear = parseImport('country,indicator,value\nFR,tablets,4', 'y.csv', dataset, NOW, {
      askMissing: true,
    });
    expect(noYear.asks).toEqual(['year']);
  });

  it('loads every row with the label and year given', () => {
    const result = parseImport(bare, 'bare.csv', dataset, NOW, {
      countryNames: names,
      fill: { label: 'Tablets in GP practices', year: 2024 },
    });
    expect(result.refused).toBeNull();
    expect(result.data?.indicators.map((i) => [i.id, i.label])).toEqual([
      ['my_tablets_in_gp_practices', 'Tablets in GP practices'],
    ]);
    expect(result.data?.observations.map((o) => [o.country, o.indicator, o.year, o.value])).toEqual([
      ['FR', 'my_tablets_in_gp_practices', 2024, 41],
      ['DE', 'my_tablets_in_gp_practices', 2024, 42.5],
    ]);
    expect(result.byName).toEqual([{ name: 'France', code: 'FR', lines: [2] }]);
  });

  it('keeps refusing a file without values, and any file when it cannot ask (a shared link)', () => {
    expect(parseImport('country,year\nFR,2024', 'v.csv', dataset, NOW, { askMissing: true }).refused).toBe(
      'This does not look like an indicator CSV: missing columns: indicator, value.',
    );
    expect(parseImport(bare, 'bare.csv', dataset, NOW).refused).toBe(
      'This does not look like an indicator CSV: missing columns: indicator, year.',
    );
  });

  it('makes an indicator id from any label', () => {
    expect(indicatorIdFromLabel('Ärzte mit E-Rezept (%)')).toBe('arzte_mit_e_rezept');
    expect(indicatorIdFromLabel('2024 survey')).toBe('n_2024_survey');
    expect(indicatorIdFromLabel('¿?')).toBe('own_figures');
  });
});
