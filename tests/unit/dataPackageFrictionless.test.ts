import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/derive';
import { type Dataset, datasetSchema } from '../../src/data/schema';
import type { ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { mergeImports, parseImport } from '../../src/import/parseImport';
import { FULL_PACKAGE_FILE } from '../../src/share/fullPackage';
import { viewPackageFiles } from '../../src/share/viewPackage';
import { dataPackageProblems } from '../shared/dataPackageRules';
import { readWithFrictionless } from '../shared/frictionless';

/**
 * The packages as the Frictionless reference implementation reads them: the full package that
 * `npm run data` wrote (pretest:unit runs it), the package of a view of 29 countries (the EU27, Norway,
 * Iceland) and every indicator, and one that holds own imported data. Each table is read with types cast, its primary key
 * checked and its foreign keys resolved.
 */

const dataDir = join(import.meta.dirname, '..', '..', 'public', 'data');
const dataset: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(dataDir, 'indicators.json'), 'utf8')),
);
const NOW = new Date('2026-05-04T10:00:00Z');
const LINK = 'https://dashboard.test/epsos/?chart=table';
/** The 29 countries of the empirica survey's base: the EU27, Norway and Iceland. */
const countries = dataset.countries
  .filter((c) => !c.aggregate && c.code !== 'CH' && c.code !== 'GB')
  .map((c) => c.code);

function fullPackage(): Map<string, string> {
  const zip = unzipSync(new Uint8Array(readFileSync(join(dataDir, FULL_PACKAGE_FILE))));
  return new Map(Object.entries(zip).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

function viewPackage(data: Dataset, view: Partial<ViewState>): Map<string, string> {
  const index = indexDataset(data);
  const state: ViewState = {
    countries,
    indicators: data.indicators.map((i) => i.id),
    chart: 'table',
    profile: null,
    time: 'latest',
    embed: false,
    ...view,
  };
  const files = viewPackageFiles(index, buildViewModel(index, state), LINK, NOW);
  return new Map(files.map((f) => [f.path, f.text]));
}

const descriptorOf = (files: ReadonlyMap<string, string>) => JSON.parse(files.get('datapackage.json') ?? '');
const rowCount = (files: ReadonlyMap<string, string>, path: string) =>
  (files.get(path) ?? '').trimEnd().split('\n').length - 1;

describe('the data packages, read by the Frictionless reference implementation (datapackage)', () => {
  it('the full package: valid, every table read with its keys; README in the ZIP but not a resource', async () => {
    const files = fullPackage();
    const report = await readWithFrictionless(files);
    expect(report.errors).toEqual([]);
    expect(report.rows).toEqual({
      observations: dataset.observations.length,
      surveys: dataset.surveys.length,
      sources: dataset.sources.length,
      indicators: dataset.indicators.length,
    });
    expect(files.get('README.md')).toContain('No value is estimated');
    const descriptor = descriptorOf(files);
    expect(descriptor.resources.map((r: { path: string }) => r.path)).not.toContain('README.md');
    expect(descriptor.version).toBe(dataset.built);
    expect(descriptor.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(descriptor.contributors[0]).toMatchObject({ title: 'epSOS Indicators', role: 'publisher' });
    expect(dataPackageProblems(files)).toEqual([]);
  });

  it('a view of 29 countries and every indicator: valid, its keys hold', async () => {
    expect(countries).toHaveLength(29);
    const files = viewPackage(dataset, {});
    const report = await readWithFrictionless(files);
    expect(report.errors).toEqual([]);
    expect(report.rows.observations).toBe(rowCount(files, 'observations.csv'));
    expect(report.rows.observations).toBeGreaterThan(300);
    const descriptor = descriptorOf(files);
    expect(descriptor).toMatchObject({
      homepage: LINK,
      version: dataset.built,
      contributors: [{ title: 'epSOS Indicators', role: 'publisher', path: 'https://dashboard.test/epsos/' }],
    });
    expect(dataPackageProblems(files)).toEqual([]);
  });

  it('a view with own imported data: own indicators, surveys and sources are in the tables they are keyed to', async () => {
    const csv = readFileSync(
      join(import.meta.dirname, '..', '..', 'public', 'samples', 'my-indicators.csv'),
      'utf8',
    );
    const imported = parseImport(csv, 'my-indicators.csv', dataset, NOW);
    expect(imported.data).not.toBeNull();
    const second = parseImport(
      'country,indicator,year,value,source\nFR,computer,2021,90,Own poll\nDE,computer,2021,88,Own poll\n',
      'poll.csv',
      dataset,
      new Date(NOW.getTime() + 1000),
    );
    const merged = mergeImports(
      dataset,
      [imported.data, second.data].flatMap((d) => (d ? [d] : [])),
    );
    const own = merged.indicators.filter((i) => i.id.startsWith('my_')).map((i) => i.id);
    expect(own.length).toBeGreaterThan(1);
    const files = viewPackage(merged, { indicators: ['computer', ...own], chart: 'bars' });
    const report = await readWithFrictionless(files);
    expect(report.errors).toEqual([]);
    const descriptor = descriptorOf(files);
    expect(descriptor.contributors.map((c: { role: string }) => c.role)).toEqual([
      'publisher',
      'contributor',
    ]);
    expect(files.get('sources.csv')).toContain('Own poll');
    expect(files.get('surveys.csv')).toContain('Your data: poll.csv');
    expect(dataPackageProblems(files)).toEqual([]);
  });

  it('own rows naming one indicator with and without my_ are one indicator: the second is rejected as a duplicate, the key holds', async () => {
    const imported = parseImport(
      'country,indicator,year,value,source\nFR,tabs,2021,90,Poll\nDE,tabs,2021,70,Poll\nFR,my_tabs,2021,80,Poll\n',
      'tabs.csv',
      dataset,
      NOW,
    );
    expect(imported.rejected).toEqual([{ line: 4, message: 'duplicate of line 2: FR, my_tabs, 2021' }]);
    expect(imported.data?.observations.map((o) => [o.country, o.indicator, o.value])).toEqual([
      ['FR', 'my_tabs', 90],
      ['DE', 'my_tabs', 70],
    ]);
    const merged = mergeImports(dataset, imported.data ? [imported.data] : []);
    const report = await readWithFrictionless(
      viewPackage(merged, { indicators: ['my_tabs'], chart: 'bars' }),
    );
    expect(report.errors).toEqual([]);
    expect(report.rows.observations).toBe(2);
  });

  it('the library catches a broken foreign key and a repeated primary key', async () => {
    const files = fullPackage();
    const observations = files.get('observations.csv') ?? '';
    const [header, first] = observations.split('\n');
    const orphan = (first ?? '').replace(/,epsos-[a-z]+,|,[a-z0-9-]+-20\d\d[a-z0-9-]*,/, ',no-such-source,');
    expect(orphan).not.toBe(first);
    files.set('observations.csv', `${header}\n${orphan}\n`);
    expect((await readWithFrictionless(files)).errors.join('\n')).toMatch(/foreign key/i);
    files.set('observations.csv', `${header}\n${first}\n${first}\n`);
    expect((await readWithFrictionless(files)).errors.join('\n')).toMatch(/unique|primary key/i);
  });
});
