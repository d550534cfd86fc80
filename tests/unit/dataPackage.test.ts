import { csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/derive';
import type { ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { accessDate, citeView } from '../../src/share/citation';
import { buildDataPackage, packageName, subsetDataset } from '../../src/share/dataPackage';
import { zipPackage } from '../../src/share/packageZip';
import { viewObservations, viewPackageFiles } from '../../src/share/viewPackage';
import { dataPackageProblems } from '../shared/dataPackageRules';
import { readWithFrictionless } from '../shared/frictionless';
import { dataset, index, makeDataset, observations } from './fixtures';

const NOW = new Date('2026-05-04T10:00:00Z');
const OPTIONS = {
  name: 'epsos-indicators',
  title: 'epSOS Indicators: all figures',
  description: 'Test package.',
  citation: 'A citation.',
  created: NOW,
};
const asMap = (files: { path: string; text: string }[]) => new Map(files.map((f) => [f.path, f.text]));
const view: ViewState = {
  countries: ['FR', 'GR'],
  indicators: ['computer', 'epr'],
  chart: 'bars',
  profile: null,
  time: 'latest',
  embed: false,
};

describe('data package writer', () => {
  it('writes the descriptor, four tables and a README that pass the Data Package rules', async () => {
    const files = buildDataPackage(dataset, OPTIONS);
    expect(files.map((f) => f.path)).toEqual([
      'datapackage.json',
      'observations.csv',
      'surveys.csv',
      'sources.csv',
      'indicators.csv',
      'README.md',
    ]);
    expect(dataPackageProblems(asMap(files))).toEqual([]);
    expect(await readWithFrictionless(asMap(files))).toEqual({
      errors: [],
      rows: {
        observations: observations.length,
        surveys: dataset.surveys.length,
        sources: dataset.sources.length,
        indicators: dataset.indicators.length,
      },
    });
    const descriptor = JSON.parse(files[0]?.text ?? '');
    expect(descriptor).toMatchObject({
      name: 'epsos-indicators',
      title: OPTIONS.title,
      profile: 'tabular-data-package',
      contributors: [{ title: 'epSOS Indicators', role: 'publisher' }],
    });
    // The README is in the ZIP, not a resource: a tabular package lists only tables.
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual([
      'observations',
      'surveys',
      'sources',
      'indicators',
    ]);
    expect(
      descriptor.resources.map((r: { schema: { primaryKey: string[] } }) => r.schema.primaryKey),
    ).toEqual([['country', 'indicator', 'year', 'source'], ['id'], ['id'], ['id']]);
    expect(descriptor.resources[0].schema.foreignKeys).toEqual([
      { fields: 'indicator', reference: { resource: 'indicators', fields: 'id' } },
      { fields: 'survey', reference: { resource: 'surveys', fields: 'id' } },
      { fields: 'source', reference: { resource: 'sources', fields: 'id' } },
    ]);
    expect(descriptor.resources[3].schema.foreignKeys).toEqual([
      { fields: 'survey', reference: { resource: 'surveys', fields: 'id' } },
    ]);
    expect(descriptor.licenses[0].name).toBe('other-at');
    expect(descriptor.sources).toContainEqual({
      title: 'epSOS project, Country profile: France (2010)',
      path: 'http://www.epsos.eu/france.html',
    });
    const observationsResource = descriptor.resources[0];
    expect(observationsResource).toMatchObject({
      path: 'observations.csv',
      format: 'csv',
      mediatype: 'text/csv',
    });
    expect(observationsResource.schema.fields.map((f: { name: string }) => f.name)).toEqual([
      'country',
      'country_name',
      'indicator',
      'indicator_label',
      'survey',
      'year',
      'value',
      'source',
      'source_title',
      'where',
      'note',
      'fit',
      'fit_note',
    ]);
  });

  it('keeps every row, explicit nulls included, with survey, publication and note', () => {
    const csv = csvParse(buildDataPackage(dataset, OPTIONS)[1]?.text ?? '');
    expect(csv).toHaveLength(observations.length);
    expect(csv.find((r) => r.country === 'FR' && r.indicator === 'computer')).toMatchObject({
      country_name: 'France',
      indicator_label: 'GP practices using a computer',
      survey: 'empirica-gp',
      year: '2007',
      value: '82.8',
      source: 'epsos-fr',
      source_title: 'epSOS project, Country profile: France (2010)',
    });
    expect(csv.find((r) => r.country === 'GR' && r.indicator === 'epr')).toMatchObject({
      value: '',
      note: 'not published',
    });
    // Both publications that print EU27 computer stay, each its own row.
    expect(csv.filter((r) => r.country === 'EU27' && r.indicator === 'computer').map((r) => r.value)).toEqual(
      ['87.4', '87'],
    );
  });

  it('makes text cells spreadsheet-safe and still valid', () => {
    const hostile = makeDataset({
      observations: [
        {
          ...observations[0],
          note: '=HYPERLINK("http://x")',
          where: '+1 page',
        } as (typeof observations)[number],
      ],
    });
    const files = buildDataPackage(hostile, OPTIONS);
    const row = csvParse(files[1]?.text ?? '')[0];
    expect(row?.note).toBe(`'=HYPERLINK("http://x")`);
    expect(row?.where).toBe(`'+1 page`);
    expect(dataPackageProblems(asMap(files))).toEqual([]);
  });

  it('a subset keeps only the surveys, publications and indicators its rows use', () => {
    const subset = subsetDataset(
      dataset,
      observations.filter((o) => o.country === 'DE'),
    );
    expect(subset.sources.map((s) => s.id)).toEqual(['empirica-2008']);
    expect(subset.indicators.map((i) => i.id)).toEqual(['computer', 'internet', 'epr']);
    expect(subset.surveys.map((s) => s.id)).toEqual(['empirica-gp']);
  });

  it('the README gives the citation and the rule that no value is estimated', () => {
    const readme = buildDataPackage(dataset, OPTIONS)[5]?.text ?? '';
    expect(readme).toContain('## How to cite\n\nA citation.');
    expect(readme).toContain('No value is estimated');
    expect(readme).toMatch(/empty `value` with a `note`/);
  });

  it('refuses a name outside the Data Package pattern; packageName makes one', () => {
    expect(() => buildDataPackage(dataset, { ...OPTIONS, name: 'Bad Name' })).toThrow(/Invalid package name/);
    expect(packageName('epSOS Indicators: bars FR,DE')).toBe('epsos-indicators-bars-fr-de');
  });

  it('the validator catches a header that differs from the schema and a bad cell', () => {
    const files = asMap(buildDataPackage(dataset, OPTIONS));
    const sources = files.get('sources.csv') ?? '';
    files.set(
      'sources.csv',
      sources.replace('id,title,publisher', 'id,publisher,title').replace(/,2010,/, ',20x0,'),
    );
    const problems = dataPackageProblems(files);
    expect(problems.some((p) => p.includes('CSV header'))).toBe(true);
    expect(problems.some((p) => p.includes('not a year'))).toBe(true);
    const descriptor = JSON.parse(files.get('datapackage.json') ?? '');
    descriptor.name = 'Not Valid';
    descriptor.resources[1].schema.fields[0].type = 'text';
    files.set('datapackage.json', JSON.stringify(descriptor));
    expect(dataPackageProblems(files).join('\n')).toMatch(/name must match[\s\S]*unknown type text/);
  });

  it('zips the files with datapackage.json at the root', () => {
    const files = buildDataPackage(dataset, OPTIONS);
    const zip = unzipSync(zipPackage(files, NOW));
    expect(Object.keys(zip)).toEqual(files.map((f) => f.path));
    expect(strFromU8(zip['observations.csv'] ?? new Uint8Array())).toBe(files[1]?.text);
  });
});

describe('view package', () => {
  it('holds every row of the countries and indicators shown, with the EU27 average', () => {
    const rows = viewObservations(index, buildViewModel(index, view));
    expect(new Set(rows.map((o) => o.country))).toEqual(new Set(['EU27', 'FR', 'GR']));
    expect(new Set(rows.map((o) => o.indicator))).toEqual(new Set(['computer', 'epr']));
    expect(rows).toHaveLength(7);
    const files = viewPackageFiles(
      index,
      buildViewModel(index, view),
      'https://x.test/?countries=FR,GR',
      NOW,
    );
    expect(dataPackageProblems(asMap(files))).toEqual([]);
    const descriptor = JSON.parse(files[0]?.text ?? '');
    expect(descriptor.name).toBe('epsos-indicators-bars-fr-gr');
    expect(files[5]?.text).toContain('<https://x.test/?countries=FR,GR> (accessed 4 May 2026)');
  });

  it('includes own data shown in the view', () => {
    const own = makeDataset({
      indicators: [
        ...dataset.indicators,
        { ...dataset.indicators[0], id: 'my_x', label: 'Mine' } as (typeof dataset.indicators)[number],
      ],
      observations: [
        ...observations,
        { ...observations[0], indicator: 'my_x', value: 12 } as (typeof observations)[number],
      ],
    });
    const ownIndex = indexDataset(own);
    const rows = viewObservations(ownIndex, buildViewModel(ownIndex, { ...view, indicators: ['my_x'] }));
    expect(rows.map((o) => [o.country, o.indicator, o.value])).toEqual([['FR', 'my_x', 12]]);
  });
});

describe('citation', () => {
  it('names title, surveys, the dashboard, the link and the date of access', () => {
    expect(
      citeView({
        title: 'Computer use: France',
        surveys: ['S1', 'S2', 'S1'],
        url: 'https://x.test/?a',
        accessed: NOW,
      }),
    ).toBe('Computer use: France. Data: S1; S2. epSOS Indicators, https://x.test/?a (accessed 4 May 2026).');
    expect(citeView({ title: 'T.', surveys: [], url: null, accessed: NOW })).toBe(
      'T. epSOS Indicators (accessed 4 May 2026).',
    );
    expect(accessDate(new Date('2026-12-31T23:00:00Z'))).toBe('31 December 2026');
  });
});
