import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/buildDataset';
import { indicatorsForCountry, timeForChoice } from '../../src/data/countryIndicators';
import { indexDataset } from '../../src/data/derive';
import type { Observation, Survey } from '../../src/data/schema';
import { rankedIndicator, type ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { type ImportedData, parseImport } from '../../src/import/parseImport';
import { linkToCopy } from '../../src/share/copyLink';
import { decodeFragment } from '../../src/share/fragment';
import { publicationText } from '../../src/share/SourcesDialog';
import { buildSourcesContent, figureKey } from '../../src/share/sourcesContent';
import { describeDropped } from '../../src/state/droppedText';
import { fragmentPayload } from '../../src/state/fragmentHash';
import { parseView, serializeView } from '../../src/state/url';
import {
  catalog,
  concepts,
  countries,
  dataset,
  indicators,
  makeDataset,
  observations,
  surveys,
} from './fixtures';

/** Issue 21: what a new analyst stumbled on. */

const view = (partial: Partial<ViewState>): ViewState => ({
  countries: ['FR', 'DE', 'GB'],
  indicators: ['computer'],
  chart: 'bars',
  profile: null,
  time: 'latest',
  embed: false,
  ...partial,
});

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const read = (path: string) => ({ file: path, text: readFileSync(path, 'utf8') });
const real = indexDataset(
  buildDataset({
    surveys: read(join(dataDir, 'surveys.json')),
    concepts: read(join(dataDir, 'concepts.json')),
    sources: read(join(dataDir, 'sources', 'SOURCES.json')),
    indicators: read(join(dataDir, 'indicator-definitions.json')),
    countries: read(join(dataDir, 'countries.json')),
    csvFiles: readdirSync(join(dataDir, 'sources'))
      .filter((n) => n.endsWith('.csv'))
      .sort()
      .map((n) => ({ ...read(join(dataDir, 'sources', n)), sourceId: basename(n, '.csv') })),
  }),
);

describe('rank= (the indicator Ranking and Map draw)', () => {
  const two = '?countries=FR,DE&indicators=computer,internet&chart=ranking';

  it('reads a selected indicator, writes it back, and leaves the default (the first) unwritten', () => {
    const parsed = parseView(`${two}&rank=internet`, catalog);
    expect(parsed.dropped).toEqual([]);
    expect(parsed.state.rank).toBe('internet');
    expect(rankedIndicator(parsed.state)).toBe('internet');
    expect(serializeView(parsed.state)).toBe(`${two}&rank=internet`);
    const first = parseView(`${two}&rank=COMPUTER`, catalog);
    expect(first.dropped).toEqual([]);
    expect(first.state.rank).toBeUndefined();
    expect(serializeView(first.state)).toBe(two);
  });

  it('drops an unknown or unselected indicator with a notice; the rest of the view opens', () => {
    for (const value of ['epr', 'nonsense']) {
      const parsed = parseView(`${two}&rank=${value}`, catalog);
      expect(parsed.state.rank).toBeUndefined();
      expect(parsed.state.indicators).toEqual(['computer', 'internet']);
      expect(parsed.dropped).toEqual([
        { parameter: 'rank', value, reason: 'not one of the selected indicators' },
      ]);
      expect(describeDropped(parsed.dropped[0] as never)).toBe(
        `Ignored rank “${value}”: not one of the selected indicators`,
      );
    }
  });

  it('serializes only a rank that is selected', () => {
    expect(serializeView(view({ indicators: ['computer'], rank: 'epr' }))).not.toContain('rank=');
  });

  it('the view model ranks and maps the chosen indicator, not the first', () => {
    const index = indexDataset(dataset);
    for (const chart of ['ranking', 'map'] as const) {
      const model = buildViewModel(
        index,
        view({ chart, indicators: ['computer', 'internet'], rank: 'internet' }),
      );
      expect(model.indicators.map((i) => i.id)).toEqual(['internet']);
      expect(model.ranked.every((r) => r.indicator === 'internet')).toBe(true);
      expect(model.title).toMatch(/^Internet access/);
    }
  });
});

describe('the profile’s country, highlighted', () => {
  const index = indexDataset(dataset);

  it('is the open profile’s country in every chart kind, and named when the view has no figure for it', () => {
    for (const chart of ['bars', 'gap', 'ranking', 'map', 'scatter', 'table', 'time'] as const) {
      const model = buildViewModel(
        index,
        view({ chart, countries: ['FR', 'DE'], indicators: ['computer', 'internet'], profile: 'DE' }),
      );
      expect(model.highlight, chart).toBe('DE');
      expect(model.highlightMissing, chart).toBeNull();
    }
    // Greece has a computer figure but no epr figure; the United Kingdom none at all.
    const gb = buildViewModel(index, view({ countries: ['FR', 'DE'], profile: 'GB' }));
    expect(gb.highlight).toBe('GB');
    expect(gb.highlightMissing).toBe('United Kingdom');
    const greece = buildViewModel(
      index,
      view({ countries: ['FR', 'GR'], indicators: ['epr'], profile: 'GR' }),
    );
    expect(greece.highlightMissing).toBe('Greece');
    expect(buildViewModel(index, view({ profile: null })).highlight).toBeNull();
  });
});

describe('titles and citations count the countries drawn', () => {
  const index = indexDataset(dataset);

  it('names the drawn countries, not the selected ones', () => {
    // GB and BE have no epr figure: 5 selected, 3 drawn.
    const model = buildViewModel(
      index,
      view({ countries: ['FR', 'DE', 'DK', 'GB', 'BE'], indicators: ['epr'] }),
    );
    expect(model.drawnCountries).toEqual(['FR', 'DE', 'DK']);
    expect(model.title).toBe(
      'Electronic patient record: France, Germany and Denmark against the EU27 average',
    );
  });

  it('the citation names each survey with the waves shown', () => {
    const model = buildViewModel(
      index,
      view({ countries: ['FR', 'DE', 'GB', 'BE', 'GR'], indicators: ['epr'] }),
    );
    const content = buildSourcesContent({ index, model, url: 'https://x.test/?v', accessed: new Date(0) });
    expect(content.citation).toContain(
      'Electronic patient record: France and Germany against the EU27 average.',
    );
    expect(content.citation).toContain(
      'Data: Benchmarking ICT use among General Practitioners in Europe (2007).',
    );
  });

  it('the dialog says "undated" for a publication without a year', () => {
    const source = {
      id: 'x',
      title: 'UK GPs get top marks for using IT',
      publisher: 'Tech Advisor',
      year: null,
      url: null,
      notes: null,
    };
    expect(publicationText(source)).toBe('Tech Advisor, UK GPs get top marks for using IT (undated)');
    expect(publicationText({ ...source, year: 2012 })).toBe(
      'Tech Advisor, UK GPs get top marks for using IT (2012)',
    );
  });

  it('each place in a publication carries the key of its figure, to open the dialog at it', () => {
    const model = buildViewModel(index, view({ countries: ['FR', 'DE'], indicators: ['computer'] }));
    const content = buildSourcesContent({ index, model, url: 'u', accessed: new Date(0) });
    const keys = content.indicators.flatMap((i) => i.publications.flatMap((p) => p.figures));
    expect(keys).toContain(figureKey({ country: 'DE', indicator: 'computer', year: 2007 }));
    expect(keys).toContain('FR|computer|2007');
    for (const i of content.indicators)
      for (const p of i.publications) expect(p.figures.length).toBe(p.where.length);
  });
});

describe('the source line', () => {
  it('DE, IT, ES: the survey’s own report first, then a publication behind a country drawn (not the France profile)', () => {
    const model = buildViewModel(real, view({ countries: ['DE', 'IT', 'ES'], indicators: ['computer'] }));
    expect(model.sourceLine).toMatch(
      /^Data: empirica GP survey for the European Commission \(2007; report: empirica for the European Commission, Benchmarking ICT use among General Practitioners in Europe, 2008\), as printed in /,
    );
    expect(model.sourceLine).not.toMatch(/as printed in epSOS project, Country profile: France/);
    const [first] = model.sourcesBySurvey[0]?.countrySourceIds ?? [];
    const drawn = model.cells
      .filter((c) => ['DE', 'IT', 'ES'].includes(c.country))
      .flatMap((c) => c.sourceIds);
    expect(drawn).toContain(first);
    const publisher = real.sources.get(first ?? '')?.publisher ?? '?';
    expect(model.sourceLine).toContain(`as printed in ${publisher}`);
  });

  it('names the survey’s report only for waves it could print (OECD’s 2019 report, not its 2021 wave)', () => {
    const wave2021 = buildViewModel(
      real,
      view({ countries: ['AT', 'DK'], indicators: ['oecd_emr'], time: 2021 }),
    );
    expect(wave2021.sourceLine).toMatch(/^Data: OECD[^;(]* \(2021\)/);
    expect(wave2021.sourceLine).not.toContain('report:');
    const wave2016 = buildViewModel(real, view({ countries: ['PL'], indicators: ['oecd_emr'], time: 2016 }));
    expect(wave2016.indicators[0]?.wave).toBe(2016);
    expect(wave2016.sourceLine).toContain('(2016; report: OECD');
  });

  it('a publication that prints only the average comes after those of the countries drawn', () => {
    const withReport: Survey = { ...(surveys[0] as Survey), report: 'empirica-2008' };
    const index = indexDataset(makeDataset({ surveys: [withReport] }));
    // FR's computer figure is printed by epsos-fr; DE's by empirica-2008 (the report).
    const de = buildViewModel(index, view({ countries: ['DE'] }));
    expect(de.sourcesBySurvey[0]?.countrySourceIds).toEqual(['empirica-2008']);
    expect(de.sourceLine).toBe(
      'Data: empirica GP survey for the European Commission (2007; report: empirica, Benchmarking ICT use among GPs, 2008), as printed in epSOS project, Country profile: France (2010).',
    );
  });
});

describe('indicatorsForCountry (the profile’s "Chart <country> against the EU average")', () => {
  const second: Survey = { ...(surveys[0] as Survey), id: 'second', shortName: 'Second', waves: [2013] };
  const none: Survey = {
    ...(surveys[0] as Survey),
    id: 'none',
    shortName: 'None',
    waves: [2020],
    reference: null,
  };
  const o = (country: string, indicator: string, year: number, value: number | null): Observation => ({
    country,
    indicator,
    year,
    value,
    sourceId: 'empirica-2008',
    note: value === null ? 'not printed' : null,
  });
  const extra = (id: string, surveyId: string) => ({
    ...(indicators[0] as (typeof indicators)[number]),
    id,
    surveyId,
  });
  const index = indexDataset(
    makeDataset({
      surveys: [...surveys, second, none],
      concepts,
      countries,
      indicators: [...indicators, extra('s_a', 'second'), extra('s_b', 'second'), extra('n_a', 'none')],
      observations: [
        ...observations,
        o('DK', 's_a', 2013, 70),
        o('EU27', 's_a', 2013, 50),
        o('DK', 's_b', 2013, 60), // no average for s_b: not chosen
        o('GB', 'n_a', 2020, 40), // a survey without an average
        o('DE', 's_a', 2013, 55),
      ],
    }),
  );

  it('takes the latest survey wave with both a figure for the country and the survey’s average', () => {
    expect(indicatorsForCountry(index, 'DK')).toEqual({
      surveyId: 'second',
      wave: 2013,
      indicators: ['s_a'],
      withAverage: true,
    });
  });

  it('on a tie of waves, more indicators win; surveys are never mixed', () => {
    // FR: 2007 figures only, all three with the EU27 average.
    expect(indicatorsForCountry(index, 'FR')).toEqual({
      surveyId: 'empirica-gp',
      wave: 2007,
      indicators: ['computer', 'internet', 'epr'],
      withAverage: true,
    });
  });

  it('without any survey average for the country, its latest figures, said as such; none at all: null', () => {
    expect(indicatorsForCountry(index, 'GB')).toEqual({
      surveyId: 'none',
      wave: 2020,
      indicators: ['n_a'],
      withAverage: false,
    });
    expect(indicatorsForCountry(index, 'XX')).toBeNull();
  });

  it('real data: Denmark gets indicators where Denmark and the survey’s average both have a figure', () => {
    const choice = indicatorsForCountry(real, 'DK');
    expect(choice?.withAverage).toBe(true);
    expect(choice?.indicators.length).toBeGreaterThan(0);
    const survey = real.surveys.get(choice?.surveyId ?? '');
    for (const id of choice?.indicators ?? []) {
      expect(real.indicators.get(id)?.surveyId).toBe(survey?.id);
      expect(real.figures.get(`DK|${id}|${choice?.wave}`)?.value).not.toBeNull();
      expect(real.figures.get(`${survey?.reference}|${id}|${choice?.wave}`)?.value).not.toBeNull();
    }
    const model = buildViewModel(
      real,
      view({
        chart: 'gap',
        countries: ['FR', 'DE', 'DK'],
        indicators: choice?.indicators ?? [],
        time: choice ? timeForChoice(real, choice) : 'latest',
        profile: 'DK',
      }),
    );
    expect(model.highlightMissing).toBeNull();
    expect(model.noData.map((c) => c.code)).not.toContain('DK');
    expect(model.cells.some((c) => c.country === 'DK' && c.gap !== null)).toBe(true);
  });
});

describe('Copy link with own data', () => {
  const NOW = new Date('2026-05-04T10:00:00Z');
  const own = (text: string): ImportedData => {
    const result = parseImport(text, 'mine.csv', dataset, NOW);
    if (!result.data) throw new Error(result.refused ?? 'no data');
    return result.data;
  };
  const small = own(
    'country,indicator,year,value\nFR,tablets,2020,41.5\nDE,tablets,2020,38\nFR,other,2020,5\n',
  );
  const link = 'https://x.test/?countries=FR,DE&indicators=my_tablets&chart=bars';

  it('carries the rows of the indicators shown in #data=, which decode back to the same figures', () => {
    const copy = linkToCopy(link, [small], ['my_tablets']);
    expect(copy.text.startsWith(`${link}#data=`)).toBe(true);
    expect(copy.copied).toBe('Link copied with your data (2 figures)');
    const decoded = decodeFragment(fragmentPayload(copy.text.slice(link.length)) ?? '', dataset, NOW);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.data.observations.map((o) => [o.country, o.indicator, o.value])).toEqual([
      ['FR', 'my_tablets', 41.5],
      ['DE', 'my_tablets', 38],
    ]);
  });

  it('over the size a link can carry: the plain link, and a status that says the data is not in it', () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `FR,n${i},${1990 + (i % 100)},${((i * 7919) % 1000) / 10},,"source ${i * 31337}"`,
    );
    const big = own(`country,indicator,year,value,note,source\n${rows.join('\n')}\n`);
    const copy = linkToCopy(
      link,
      [big],
      big.indicators.map((i) => i.id),
    );
    expect(copy.text).toBe(link);
    expect(copy.copied).toMatch(
      /^Link copied WITHOUT your data: \d+\.\d KB is more than a link carries \(8\.0 KB\); Share offers it as a CSV file$/,
    );
  });
});

describe('the citation of a survey whose title names its wave', () => {
  it('does not give the year twice: "… member states on e-health (2002)", not "(2002) (2002)"', () => {
    const model = buildViewModel(real, view({ countries: ['FR', 'DE'], indicators: ['gp2002_emr'] }));
    const { citation } = buildSourcesContent({
      index: real,
      model,
      url: 'https://example.org/',
      accessed: new Date(0),
    });
    expect(citation).toMatch(/\(2002\)/);
    expect(citation).not.toMatch(/\(2002\) \(2002\)/);
  });
});

describe('a one-wave survey named after its year says the year once', () => {
  it('in the subtitle and in the Indicators picker', async () => {
    const model = buildViewModel(
      real,
      view({ countries: ['DK'], indicators: ['ec2018_data_exchange'], time: 2018 }),
    );
    expect(model.subtitle).not.toMatch(/2018, 2018/);
    const { indicatorOptions } = await import('../../src/ui/indicatorOptions');
    const computer = indicatorOptions(real, () => false).find((o) => o.value === 'computer');
    expect(computer?.hint).toBe('empirica 2007');
  });
});
