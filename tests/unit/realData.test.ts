import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/buildDataset';
import { comparisonCell, indexDataset } from '../../src/data/derive';

/** The real files in data/, read the way scripts/build-data.ts reads them. */
const dataDir = join(import.meta.dirname, '..', '..', 'data');
const sourcesDir = join(dataDir, 'sources');
const read = (path: string) => ({ file: path, text: readFileSync(path, 'utf8') });

function buildRealDataset() {
  const csvFiles = readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => ({ ...read(join(sourcesDir, name)), sourceId: basename(name, '.csv') }));
  return buildDataset({
    surveys: read(join(dataDir, 'surveys.json')),
    concepts: read(join(dataDir, 'concepts.json')),
    sources: read(join(sourcesDir, 'SOURCES.json')),
    indicators: read(join(dataDir, 'indicator-definitions.json')),
    countries: read(join(dataDir, 'countries.json')),
    csvFiles,
  });
}

describe('the real data files', () => {
  const dataset = buildRealDataset();
  const index = indexDataset(dataset);

  it.each([
    ['computer', 82.8, 87.4, -4.6],
    ['internet', 72.3, 68.8, 3.5],
    ['epr', 74.2, 79.5, -5.3],
  ])('match the epSOS France profile check point for %s: FR %s vs EU27 %s', (indicator, fr, eu, gap) => {
    expect(index.observations.get(`FR|${indicator}`)?.value).toBe(fr);
    expect(index.observations.get(`EU27|${indicator}`)?.value).toBe(eu);
    expect(comparisonCell(index, 'FR', indicator).gap).toBe(gap);
  });

  it('name only sources that SOURCES.json lists, for every observation and indicator', () => {
    const ids = new Set(dataset.sources.map((s) => s.id));
    const orphans = dataset.observations.filter((o) => !ids.has(o.sourceId));
    expect(orphans).toEqual([]);
    const surveyIds = new Set(dataset.surveys.map((s) => s.id));
    expect(dataset.indicators.filter((i) => !surveyIds.has(i.surveyId))).toEqual([]);
  });

  it('contain the three core indicators, the EU27 average and twelve epSOS countries', () => {
    expect(dataset.indicators.map((i) => i.id)).toEqual(
      expect.arrayContaining(['computer', 'internet', 'epr']),
    );
    expect(dataset.countries.find((c) => c.code === 'EU27')?.aggregate).toBe(true);
    expect(dataset.countries.filter((c) => c.epsos)).toHaveLength(12);
  });

  it('give a note with every observation that has no value', () => {
    const silent = dataset.observations.filter((o) => o.value === null && !o.note);
    expect(silent).toEqual([]);
  });

  it('account for every epSOS country × core indicator: a sourced value or an explicit null with its reason', () => {
    const unaccounted = dataset.countries
      .filter((c) => c.epsos)
      .flatMap((c) => ['computer', 'internet', 'epr'].map((i) => [c.code, i] as const))
      .filter(([c, i]) => !dataset.observations.some((o) => o.country === c && o.indicator === i))
      .map(([c, i]) => `${c} ${i}`);
    expect(unaccounted).toEqual([]);
    // A value found later replaces the null (index prefers any value), so the null rows never hide a figure.
    expect(comparisonCell(index, 'AT', 'computer')).toMatchObject({ value: null, sourceId: 'empirica-2008' });
    expect(comparisonCell(index, 'DE', 'computer').value).toBe(98.8);
  });
});
