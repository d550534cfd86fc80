import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/buildDataset';
import { comparisonCell, conflictText, indexDataset } from '../../src/data/derive';
import type { ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { buildSourcesContent } from '../../src/share/sourcesContent';

const view = (partial: Partial<ViewState>): ViewState => ({
  countries: ['FR'],
  indicators: ['computer'],
  chart: 'bars',
  profile: null,
  time: 'latest',
  embed: false,
  ...partial,
});

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

  it('hold at least 150 sourced values, and an electronic-record figure for at least 10 of the 12 epSOS countries', () => {
    const cells = new Set(
      dataset.observations
        .filter((o) => o.value !== null)
        .map((o) => `${o.country}|${o.indicator}|${o.year}`),
    );
    expect(cells.size).toBeGreaterThanOrEqual(150);
    const concept = new Map(dataset.indicators.map((i) => [i.id, i.concept]));
    const withRecords = dataset.countries
      .filter((c) => c.epsos)
      .filter((c) =>
        dataset.observations.some(
          (o) =>
            o.country === c.code && o.value !== null && concept.get(o.indicator) === 'electronic-records',
        ),
      );
    expect(withRecords.length).toBeGreaterThanOrEqual(10);
  });

  it('show the most precise of agreeing publications: IT computer 86.2 (not 86), IT broadband 48.8 (not 50)', () => {
    expect(comparisonCell(index, 'IT', 'computer')).toMatchObject({ value: 86.2, conflicts: [] });
    expect(comparisonCell(index, 'IT', 'broadband')).toMatchObject({ value: 48.8, conflicts: [] });
    expect(comparisonCell(index, 'IT', 'broadband').sourceIds).toEqual(
      expect.arrayContaining(['dottnet-2008', 'epsos-it', 'punto-informatico-2008']),
    );
  });

  it('keep a disagreement beyond rounding visible: CH 2022 EMR use 83 shown, 82 as a conflict', () => {
    const ch = comparisonCell(index, 'CH', 'cmwf_emr', 2022);
    expect(ch.value).toBe(83);
    expect(ch.conflicts.map((c) => c.value)).toContain(82);
  });

  it('put definition fit first: DE 2018 digital records shows 73 (Ärzteblatt), 58 (IGES) kept as a conflict with its base', () => {
    const de = comparisonCell(index, 'DE', 'kbv_digital_records', 2018);
    expect(de).toMatchObject({ value: 73, sourceId: 'aerzteblatt-2018', fit: 'exact' });
    expect(de.conflicts).toEqual([
      expect.objectContaining({ value: 58, sourceId: 'iges-2018', fit: 'partial' }),
    ]);
    expect(de.conflicts[0]?.fitNote).toMatch(/base not stated/);
    expect(conflictText(index, de.conflicts)).toMatch(
      /^sources differ: 58 % in IGES Institut.*only in part.*base/,
    );
  });

  it('Sources says why DE 2018 shows 73: its wording fits the definition; 58 listed with its fit note', () => {
    const model = buildViewModel(
      index,
      view({ countries: ['DE'], indicators: ['kbv_digital_records'], time: 2018, chart: 'table' }),
    );
    const notes = buildSourcesContent({
      index,
      model,
      url: 'https://x.test/',
      accessed: new Date(0),
    }).indicators[0]?.notes.join('\n');
    expect(notes).toMatch(
      /Germany 2018: 73 shown, from Deutsches Ärzteblatt, .* \(its wording fits the indicator’s definition best\); sources differ: 58 \(IGES Institut, .*; fits the definition only in part: prints 'digitalisiert'/,
    );
  });

  it('mark the uncertain year of CZ 2018 records-only-electronic (8 %): kept, with a note; its article undated', () => {
    const cz = comparisonCell(index, 'CZ', 'czso_records_electronic', 2018);
    expect(cz).toMatchObject({ value: 8, sourceId: 'otevrenezdravotnictvi-2019' });
    expect(cz.note).toMatch(/^YEAR UNCERTAIN \(2018 or 2017\)/);
    expect(index.sources.get('otevrenezdravotnictvi-2019')?.year).toBeNull();
  });

  it('latest = the latest wave with a figure for the selected countries: 12 epSOS countries on cmwf_emr show 2015 (not 2022)', () => {
    const epsos = dataset.countries.filter((c) => c.epsos).map((c) => c.code);
    expect(epsos).toHaveLength(12);
    const model = buildViewModel(index, view({ countries: epsos, indicators: ['cmwf_emr'] }));
    // Before issue 17: 2022, a wave none of them took part in, every bar "no data".
    expect(model.indicators[0]).toMatchObject({ wave: 2015, latestWave: 2022 });
    expect(model.cells.filter((c) => c.value !== null).map((c) => [c.country, c.value])).toEqual([
      ['GB', 98],
    ]);
    // Italy's only wave is 2009: named under No data with what 2009 holds, and drawn at time=2009.
    expect(model.dataCells.find((c) => c.country === 'IT')?.otherWaves).toEqual([{ year: 2009, value: 94 }]);
    const in2009 = buildViewModel(index, view({ countries: epsos, indicators: ['cmwf_emr'], time: 2009 }));
    expect(in2009.cells.find((c) => c.country === 'IT')?.value).toBe(94);
    expect(in2009.noData.map((c) => c.code)).not.toContain('IT');
  });

  it('never merge surveys: the Commonwealth Fund publishes no average, the 2002 survey an EU15 one', () => {
    expect(comparisonCell(index, 'NL', 'cmwf_emr', 2012)).toMatchObject({ referenceCode: null, gap: null });
    expect(comparisonCell(index, 'SE', 'gp2002_emr', 2002)).toMatchObject({
      referenceCode: 'EU15',
      referenceValue: 29,
    });
    // The 2012 gallery's "Austria 92 %" is Australia: nothing for AT from the Commonwealth Fund.
    expect(dataset.observations.filter((o) => o.country === 'AT' && o.indicator.startsWith('cmwf'))).toEqual(
      [],
    );
  });

  it('draw the Commonwealth Fund EMR lines of NL, GB, DE, FR, SE, IT over at least three waves', () => {
    const model = buildViewModel(
      index,
      view({ countries: ['NL', 'GB', 'DE', 'FR', 'SE', 'IT'], indicators: ['cmwf_emr'], chart: 'time' }),
    );
    const panel = model.panels[0];
    expect(panel?.waves.length).toBeGreaterThanOrEqual(3);
    expect(panel?.lines.map((l) => l.country)).toEqual(['NL', 'GB', 'DE', 'FR', 'SE', 'IT']);
    const nl = panel?.lines.find((l) => l.country === 'NL');
    expect(nl?.points.filter((p) => p.value !== null).map((p) => p.year)).toEqual([2006, 2009, 2012]);
    expect(panel?.reference).toBeNull();
  });

  it('show the 2009 wave with time=2009, and keep the 2007 indicator at 2007 with the years said', () => {
    const model = buildViewModel(
      index,
      view({ countries: ['FR', 'DE'], indicators: ['cmwf_emr', 'epr'], time: 2009 }),
    );
    expect(model.indicators.map((i) => [i.id, i.wave])).toEqual([
      ['cmwf_emr', 2009],
      ['epr', 2007],
    ]);
    expect(model.cells.find((c) => c.country === 'FR' && c.indicator === 'cmwf_emr')?.value).toBe(68);
    expect(model.mixedYears).toBe(true);
    expect(model.subtitle).toMatch(/different surveys or years/);
    expect(model.subtitle).toMatch(/Commonwealth Fund, 2009/);
    expect(model.subtitle).toMatch(/no 2009 wave/);
  });

  it('credit the survey first in the source line', () => {
    const model = buildViewModel(index, view({ countries: ['FR', 'DE'], indicators: ['computer'] }));
    expect(model.sourceLine).toMatch(
      /^Data: empirica GP survey for the European Commission \(2007; report: empirica for the European Commission, Benchmarking ICT use among General Practitioners in Europe, 2008\), as printed in epSOS project, Country profile: France \(2010\) and \d+ other publications?\.$/,
    );
  });
});
