import { describe, expect, it } from 'vitest';
import { buildDataset, DataBuildError, type DataInput } from '../../scripts/lib/buildDataset';
import { datasetSchema } from '../../src/data/schema';
import { buildProblems, fixtureInput } from './dataInput';
import { countries, indicators, sources, surveys } from './fixtures';

const SOURCES_FILE = 'data/sources/SOURCES.json';
const INDICATORS_FILE = 'data/indicator-definitions.json';
const COUNTRIES_FILE = 'data/countries.json';

const HEADER = 'country,indicator,year,value,where,note';
const csvText = (...rows: string[]) => [HEADER, ...rows].join('\n');

function input(overrides: Partial<DataInput> = {}): DataInput {
  return fixtureInput({
    csvFiles: [
      {
        file: 'data/sources/epsos-fr.csv',
        sourceId: 'epsos-fr',
        text: csvText('EU27,computer,2007,87.4,,', 'FR,computer,2007,82.8,"profile, para 1",'),
      },
      {
        file: 'data/sources/empirica-2008.csv',
        sourceId: 'empirica-2008',
        text: csvText('EU27,computer,2007,87,,rounded', 'DE,epr,2007,90,,', 'GR,epr,2007,,,not published'),
      },
    ],
    ...overrides,
  });
}

const problemsOf = buildProblems;

describe('buildDataset: happy path', () => {
  it('produces the public data contract', () => {
    const dataset = buildDataset(input());
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.schemaVersion).toBe(2);
    expect(dataset.sources).toEqual(sources);
    expect(dataset.indicators).toEqual(indicators);
    expect(dataset.countries.map((c) => c.code)).toEqual(countries.map((c) => c.code));
    expect(dataset.observations).toHaveLength(5);
  });

  it('stamps each observation with its file-name source and drops the reader-only fields', () => {
    const dataset = buildDataset(input());
    const fr = dataset.observations.find((o) => o.country === 'FR');
    expect(fr).toEqual({
      country: 'FR',
      indicator: 'computer',
      year: 2007,
      value: 82.8,
      sourceId: 'epsos-fr',
      where: 'profile, para 1',
      note: null,
    });
    for (const o of dataset.observations) {
      expect(Object.keys(o).sort()).toEqual([
        'country',
        'indicator',
        'note',
        'sourceId',
        'value',
        'where',
        'year',
      ]);
    }
  });

  it('keeps a null value with its note', () => {
    const gr = buildDataset(input()).observations.find((o) => o.country === 'GR');
    expect(gr).toMatchObject({ value: null, note: 'not published', sourceId: 'empirica-2008' });
  });

  it('sorts observations by country order, then indicator order, then year, then source order', () => {
    const dataset = buildDataset(input());
    expect(dataset.observations.map((o) => `${o.country}/${o.indicator}/${o.sourceId}`)).toEqual([
      'FR/computer/epsos-fr',
      'DE/epr/empirica-2008',
      'GR/epr/empirica-2008',
      'EU27/computer/epsos-fr',
      'EU27/computer/empirica-2008',
    ]);
  });

  it('flags the countries that have a profile', () => {
    const dataset = buildDataset(input({ profileCountries: new Set(['FR', 'DE']) }));
    expect(dataset.countries.filter((c) => c.profile).map((c) => c.code)).toEqual(['FR', 'DE']);
  });

  it('accepts the same (country, indicator, year) from two different sources', () => {
    const dataset = buildDataset(input());
    expect(
      dataset.observations.filter((o) => o.country === 'EU27' && o.indicator === 'computer'),
    ).toHaveLength(2);
  });
});

describe('buildDataset: failures name the file and line', () => {
  const withCsv = (text: string, file = 'data/sources/empirica-2008.csv', sourceId = 'empirica-2008') =>
    input({ csvFiles: [{ file, sourceId, text }] });

  it('rejects an unknown country', () => {
    expect(problemsOf(withCsv(csvText('FR,computer,2007,82.8,,', 'XX,computer,2007,50,,')))).toEqual([
      'data/sources/empirica-2008.csv:3: unknown country code "XX"',
    ]);
  });

  it('rejects an unknown indicator', () => {
    expect(problemsOf(withCsv(csvText('FR,ehr,2007,50,,')))).toEqual([
      'data/sources/empirica-2008.csv:2: unknown indicator "ehr"',
    ]);
  });

  it('rejects a value out of range', () => {
    expect(problemsOf(withCsv(csvText('FR,computer,2007,101,,')))).toEqual([
      'data/sources/empirica-2008.csv:2: value 101 is outside 0–100 (percent)',
    ]);
  });

  it('rejects a value that is not a number, including a decimal comma', () => {
    expect(problemsOf(withCsv(csvText('FR,computer,2007,"82,8",,', 'DE,computer,2007,high,,')))).toEqual([
      'data/sources/empirica-2008.csv:2: value is not a number: "82,8"',
      'data/sources/empirica-2008.csv:3: value is not a number: "high"',
    ]);
  });

  it('rejects a duplicate (country, indicator, year) within a file', () => {
    expect(
      problemsOf(
        withCsv(csvText('FR,computer,2007,82.8,,', 'DE,computer,2007,90,,', 'FR,computer,2007,83,,')),
      ),
    ).toEqual(['data/sources/empirica-2008.csv:4: duplicate of line 2: FR, computer, 2007']);
  });

  it('carries a row’s definition fit and its note; rejects an unknown fit, a partial fit without a note, a note without a fit', () => {
    const FIT_HEADER = `${HEADER},fit,fit_note`;
    const fitCsv = (...rows: string[]) => withCsv([FIT_HEADER, ...rows].join('\n'));
    const dataset = buildDataset(
      fitCsv('FR,computer,2007,82.8,,,exact,', "DE,computer,2007,90,,,partial,prints 'PC in the practice'"),
    );
    expect(dataset.observations.find((o) => o.country === 'FR')).toMatchObject({ fit: 'exact' });
    expect(dataset.observations.find((o) => o.country === 'FR')).not.toHaveProperty('fitNote');
    expect(dataset.observations.find((o) => o.country === 'DE')).toMatchObject({
      fit: 'partial',
      fitNote: "prints 'PC in the practice'",
    });
    expect(
      problemsOf(
        fitCsv(
          'FR,computer,2007,82.8,,,close,',
          'DE,computer,2007,90,,,partial,',
          'DK,computer,2007,86,,,,why',
        ),
      ),
    ).toEqual([
      'data/sources/empirica-2008.csv:2: fit is not one of exact, partial: "close"',
      'data/sources/empirica-2008.csv:3: fit is partial and no fit_note says how the wording or base differs',
      'data/sources/empirica-2008.csv:4: fit_note without a fit (exact or partial)',
    ]);
  });

  it('rejects a CSV whose file-name source id is missing from SOURCES.json', () => {
    expect(
      problemsOf(
        withCsv(csvText('FR,computer,2007,82.8,,'), 'data/sources/mystery-2009.csv', 'mystery-2009'),
      ),
    ).toEqual([
      'data/sources/mystery-2009.csv:1: source id "mystery-2009" (the file name) is not in SOURCES.json',
    ]);
  });

  it('rejects invalid JSON, naming the file', () => {
    const problems = problemsOf(input({ countries: { file: COUNTRIES_FILE, text: '[{"code": "FR",' } }));
    expect(problems[0]).toMatch(/^data\/countries\.json:1: not valid JSON \(/);
  });

  it('rejects a JSON item that breaks the schema, naming the file and item', () => {
    const bad = [...countries, { code: 'fr', name: 'lower-case' }];
    const problems = problemsOf(input({ countries: { file: COUNTRIES_FILE, text: JSON.stringify(bad) } }));
    expect(problems[0]).toMatch(new RegExp(`^data/countries\\.json: item ${countries.length}\\.code: `));
    expect(problems.filter((p) => p.startsWith(COUNTRIES_FILE))).toHaveLength(1);
  });

  it('rejects duplicate ids in a JSON list', () => {
    const problems = problemsOf(
      input({ sources: { file: SOURCES_FILE, text: JSON.stringify([...sources, sources[0]]) } }),
    );
    expect(problems).toEqual(['data/sources/SOURCES.json: duplicate id "epsos-fr"']);
  });

  it('rejects an indicator naming a survey surveys.json lacks', () => {
    const bad = [...indicators, { ...indicators[0], id: 'orphan', surveyId: 'nowhere-2001' }];
    expect(problemsOf(input({ indicators: { file: INDICATORS_FILE, text: JSON.stringify(bad) } }))).toEqual([
      'data/indicator-definitions.json:1: indicator "orphan" names survey "nowhere-2001", which surveys.json lacks',
    ]);
  });

  it('rejects a survey whose report is not in SOURCES.json, and keeps a known one', () => {
    const bad = [{ ...surveys[0], report: 'no-such-report' }];
    expect(problemsOf(input({ surveys: { file: 'data/surveys.json', text: JSON.stringify(bad) } }))).toEqual([
      'data/surveys.json:1: survey "empirica-gp" names report "no-such-report", which SOURCES.json lacks',
    ]);
    const good = [{ ...surveys[0], report: 'empirica-2008' }];
    const dataset = buildDataset(
      input({ surveys: { file: 'data/surveys.json', text: JSON.stringify(good) } }),
    );
    expect(dataset.surveys[0]?.report).toBe('empirica-2008');
  });

  it('rejects a row whose year is not a wave of its survey, with file and line', () => {
    const problems = problemsOf(
      input({
        csvFiles: [
          {
            file: 'data/sources/epsos-fr.csv',
            sourceId: 'epsos-fr',
            text: csvText('FR,computer,2007,82.8,,', 'FR,internet,2009,70,,'),
          },
        ],
      }),
    );
    expect(problems).toEqual([
      'data/sources/epsos-fr.csv:3: year 2009 is not a wave of survey "empirica-gp" (waves: 2007)',
    ]);
  });

  it('rejects an average the survey did not publish', () => {
    const withEu15 = [...countries, { code: 'EU15', name: 'EU15 average', aggregate: true }];
    const problems = problemsOf(
      input({
        countries: { file: COUNTRIES_FILE, text: JSON.stringify(withEu15) },
        csvFiles: [
          {
            file: 'data/sources/epsos-fr.csv',
            sourceId: 'epsos-fr',
            text: csvText('EU15,computer,2007,80,,'),
          },
        ],
      }),
    );
    expect(problems).toEqual([
      'data/sources/epsos-fr.csv:2: EU15 is not the average survey "empirica-gp" published (EU27)',
    ]);
  });

  it('rejects a survey whose reference is not an average in countries.json', () => {
    const bad = [{ ...surveys[0], reference: 'EU99' }];
    const problems = problemsOf(input({ surveys: { file: 'data/surveys.json', text: JSON.stringify(bad) } }));
    expect(problems[0]).toBe(
      'data/surveys.json:1: survey "empirica-gp" names reference "EU99", which is not an average in countries.json',
    );
    // and the EU27 rows, which that survey now does not publish, are named with file and line
    expect(problems).toContain(
      'data/sources/epsos-fr.csv:2: EU27 is not the average survey "empirica-gp" published (EU99)',
    );
  });

  it('rejects an indicator whose concept concepts.json lacks', () => {
    const bad = [...indicators, { ...indicators[0], id: 'stray', concept: 'nothing-like-it' }];
    expect(problemsOf(input({ indicators: { file: INDICATORS_FILE, text: JSON.stringify(bad) } }))).toEqual([
      'data/indicator-definitions.json:1: indicator "stray" names concept "nothing-like-it", which concepts.json lacks',
    ]);
  });

  it('reports all problems at once, across files', () => {
    const problems = problemsOf(
      input({
        indicators: {
          file: INDICATORS_FILE,
          text: JSON.stringify([...indicators, { ...indicators[0], id: 'orphan', surveyId: 'nowhere-2001' }]),
        },
        csvFiles: [
          {
            file: 'data/sources/a.csv',
            sourceId: 'empirica-2008',
            text: csvText('XX,computer,2007,1,,', 'FR,computer,2007,200,,'),
          },
          { file: 'data/sources/ghost.csv', sourceId: 'ghost', text: csvText('FR,computer,2007,1,,') },
          { file: 'data/sources/b.csv', sourceId: 'epsos-fr', text: csvText('FR,nope,2007,1,,') },
        ],
      }),
    );
    expect(problems).toEqual([
      'data/indicator-definitions.json:1: indicator "orphan" names survey "nowhere-2001", which surveys.json lacks',
      'data/sources/a.csv:2: unknown country code "XX"',
      'data/sources/a.csv:3: value 200 is outside 0–100 (percent)',
      'data/sources/ghost.csv:1: source id "ghost" (the file name) is not in SOURCES.json',
      'data/sources/b.csv:2: unknown indicator "nope"',
    ]);
  });

  it('puts every problem in the error message, one per line', () => {
    try {
      buildDataset(withCsv(csvText('XX,computer,2007,1,,', 'FR,computer,2007,-3,,')));
      expect.unreachable('buildDataset did not fail');
    } catch (error) {
      expect(error).toBeInstanceOf(DataBuildError);
      expect((error as Error).message).toBe(
        'Data build failed with 2 problem(s):\n' +
          '  data/sources/empirica-2008.csv:2: unknown country code "XX"\n' +
          '  data/sources/empirica-2008.csv:3: value -3 is outside 0–100 (percent)',
      );
    }
  });
});

describe('lineOfId', () => {
  it('finds the line of a list item in pretty-printed JSON', async () => {
    const { lineOfId } = await import('../../scripts/lib/buildDataset');
    const text = JSON.stringify([{ id: 'a' }, { id: 'b.c' }], null, 2);
    expect(lineOfId(text, 'b.c')).toBe(6);
    expect(lineOfId(text, 'missing')).toBe(1);
  });
});
