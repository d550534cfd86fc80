import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { comparisonCell, type DatasetIndex, indexDataset } from '../../src/data/derive';
import { exportFileName } from '../../src/data/exportFileName';
import { spreadsheetSafe } from '../../src/data/spreadsheetSafe';
import type { ChartKind, ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { CSV_COLUMNS, viewCsv } from '../../src/export/csv';
import { frameLayout, wrapText } from '../../src/export/frameLayout';
import { comparisonSentence, inSentence } from '../../src/profiles/comparisonSentence';
import { embedSnippet } from '../../src/share/embed';
import { cell, index, makeDataset, sources } from './fixtures';

const view = (partial: Partial<ViewState>): ViewState => ({
  countries: ['FR', 'DE'],
  indicators: ['computer', 'internet'],
  chart: 'bars',
  profile: null,
  time: 'latest',
  embed: false,
  ...partial,
});
const csvOf = (idx: DatasetIndex, v: ViewState) => viewCsv(idx, buildViewModel(idx, v));

describe('viewCsv', () => {
  const text = csvOf(index, view({ countries: ['FR', 'GB'] }));
  const rows = csvParse(text);

  it('has the documented columns, in order', () => {
    expect(rows.columns).toEqual([...CSV_COLUMNS]);
  });

  it('has one row per country × indicator, EU27 first for bars', () => {
    expect(rows.map((r) => `${r.country}|${r.indicator}`)).toEqual([
      'EU27|computer',
      'EU27|internet',
      'FR|computer',
      'FR|internet',
      'GB|computer',
      'GB|internet',
    ]);
  });

  it('gives value, survey, survey average, gap, year, source and the agreeing publications for each row', () => {
    expect(rows[2]).toEqual({
      country: 'FR',
      country_name: 'France',
      indicator: 'computer',
      indicator_label: 'GP practices using a computer',
      survey: 'Benchmarking ICT use among General Practitioners in Europe',
      year: '2007',
      value_percent: '82.8',
      reference_average: 'EU27',
      reference_percent: '87.4',
      gap_points: '-4.6',
      source: 'epSOS project, Country profile: France, 2010',
      other_sources: '',
      where: '',
      conflict: '',
      note: '',
    });
    expect(rows[3]).toMatchObject({ value_percent: '72.3', reference_percent: '68.8', gap_points: '3.5' });
  });

  it('leaves the gap empty on the EU27 rows and names the other publication of the same figure', () => {
    expect(rows[0]).toMatchObject({
      value_percent: '87.4',
      reference_percent: '87.4',
      gap_points: '',
      other_sources: 'empirica, Benchmarking ICT use among GPs, 2008',
    });
  });

  it('leaves value, gap and source empty where there is no data, names the wave, and says why', () => {
    expect(rows[4]).toMatchObject({
      value_percent: '',
      gap_points: '',
      year: '2007',
      source: '',
      note: 'not in the sources we hold',
    });
  });

  it('ends with a newline', () => {
    expect(text.endsWith('\n')).toBe(true);
  });

  it.each<[ChartKind, number]>([
    ['gap', 4],
    ['scatter', 4],
    ['table', 6],
    ['ranking', 6],
    ['map', 6],
  ])('exports what the %s chart shows (%i rows)', (chart, count) => {
    expect(csvParse(csvOf(index, view({ chart }))).length).toBe(count);
  });

  it('writes only the first indicator for ranking, every country of the dataset', () => {
    const ranking = csvParse(csvOf(index, view({ chart: 'ranking' })));
    expect(new Set(ranking.map((r) => r.indicator))).toEqual(new Set(['computer']));
    expect(ranking.map((r) => r.country)).toEqual(['DK', 'BE', 'DE', 'FR', 'GR', 'GB']);
  });

  it('neutralizes formulas in text cells and survives commas and quotes', () => {
    const hostile = makeDataset({
      sources: [
        { ...sources[0], title: '=HYPERLINK("http://evil")', publisher: 'Pub, "Inc"' } as (typeof sources)[0],
        sources[1] as (typeof sources)[1],
      ],
    });
    const parsed = csvParse(
      csvOf(indexDataset(hostile), view({ countries: ['FR'], indicators: ['computer'] })),
    );
    const fr = parsed.find((r) => r.country === 'FR');
    expect(fr?.source).toBe('Pub, "Inc", =HYPERLINK("http://evil"), 2010');
    const withFormulaTitle = makeDataset({
      sources: [
        { ...sources[0], publisher: '=cmd|calc' } as (typeof sources)[0],
        sources[1] as (typeof sources)[1],
      ],
    });
    const row = csvParse(
      csvOf(indexDataset(withFormulaTitle), view({ countries: ['FR'], indicators: ['computer'] })),
    )[1];
    expect(row?.source).toBe("'=cmd|calc, Country profile: France, 2010");
  });
});

describe('spreadsheetSafe', () => {
  it.each(['=1+1', '+cmd', '-cmd', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with an apostrophe', (text) => {
    expect(spreadsheetSafe(text)).toBe(`'${text}`);
  });

  it.each(['-4.6', '-5', '82.8', 'France', '', "it's"])('leaves %j alone', (text) => {
    expect(spreadsheetSafe(text)).toBe(text);
  });
});

describe('exportFileName', () => {
  it('names the download after the chart and the countries', () => {
    expect(exportFileName({ chart: 'bars', countries: ['FR', 'DE', 'DK'] }, 'png')).toBe(
      'epsos-indicators_bars_FR-DE-DK.png',
    );
    expect(exportFileName({ chart: 'gap', countries: ['FR'] }, 'csv')).toBe('epsos-indicators_gap_FR.csv');
  });

  it('keeps only letters and digits of each code, dropping codes left empty', () => {
    expect(exportFileName({ chart: 'bars', countries: ['FR', '../x', '<b>', '..', '/'] }, 'svg')).toBe(
      'epsos-indicators_bars_FR-x-b.svg',
    );
  });

  it('sanitizes the chart part too', () => {
    const name = exportFileName({ chart: '../../etc/passwd' as ChartKind, countries: ['FR'] }, 'png');
    expect(name).toBe('epsos-indicators_etcpasswd_FR.png');
    expect(exportFileName({ chart: '///' as ChartKind, countries: ['FR'] }, 'png')).toBe(
      'epsos-indicators_chart_FR.png',
    );
  });

  it('writes "none" for an empty selection', () => {
    expect(exportFileName({ chart: 'map', countries: [] }, 'png')).toBe('epsos-indicators_map_none.png');
  });

  it('shortens a long selection to twelve codes and the count of the rest', () => {
    const codes = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV'];
    expect(exportFileName({ chart: 'table', countries: codes }, 'csv')).toBe(
      'epsos-indicators_table_AT-BE-BG-CY-CZ-DK-EE-FI-FR-DE-GR-HU-plus3.csv',
    );
  });

  it('only ever uses safe characters', () => {
    const name = exportFileName({ chart: 'bars', countries: ['é', 'FR\u0000', '"; rm -rf', 'ÅÄ'] }, 'png');
    expect(name).toMatch(/^[A-Za-z0-9_-]+\.png$/);
  });
});

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('France and Germany', 600, 13)).toEqual(['France and Germany']);
  });

  it('breaks at word boundaries, lines within the width, no word lost', () => {
    const text =
      'GP practices using a computer, with Internet access and storing administrative patient data electronically in 2007';
    const lines = wrapText(text, 200, 13);
    // 200 px at 13 px × 0.6 per glyph → 25 characters per line.
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(25);
    expect(lines.join(' ')).toBe(text);
  });

  it('fits fewer characters per line in bold', () => {
    const text = 'aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll';
    expect(wrapText(text, 300, 20, true).length).toBeGreaterThanOrEqual(wrapText(text, 300, 20).length);
  });

  it('cuts an overlong word (the link) into line-long pieces rather than drop it or run past the edge', () => {
    const long = 'x'.repeat(60);
    // 100 px of 13 px text: 12 characters a line.
    expect(wrapText(`a ${long} b`, 100, 13)).toEqual(['a', ...Array(5).fill('x'.repeat(12)), 'b']);
    const link = 'https://example.org/?countries=AT,CZ,DK,FR,DE,GR,IT,NL,SK,ES,SE,GB&indicators=computer';
    const lines = wrapText(link, 575, 11);
    expect(lines.join('')).toBe(link);
    for (const line of lines) expect(line.length * 11 * 0.6).toBeLessThanOrEqual(575);
  });

  it('collapses whitespace and returns nothing for blank text', () => {
    expect(wrapText('  a \n\t b  ', 600, 13)).toEqual(['a b']);
    expect(wrapText('   ', 600, 13)).toEqual([]);
  });
});

describe('frameLayout', () => {
  const base = {
    title: 'GP practices using a computer',
    subtitle: 'France and Germany against the EU27 average, 2007',
    legend: [
      { key: 'computer', label: 'Computer use', colour: '#0072B2' },
      { key: 'eu', label: 'EU27 average', colour: '#1a1a1a', kind: 'reference' as const },
    ],
    source: 'Source: epSOS project, Country profile: France, 2010',
    link: 'https://example.org/?countries=FR,DE',
    chartWidth: 400,
    chartHeight: 300,
  };

  it('is at least minWidth wide (600 by default) and centres a narrow chart', () => {
    const frame = frameLayout(base);
    expect(frame.width).toBe(600);
    expect(frameLayout({ ...base, minWidth: 900 }).width).toBe(900);
    expect(frame.chart.x + frame.chart.width / 2).toBeCloseTo(frame.width / 2, 6);
  });

  it('widens to the chart plus padding when the chart is wider', () => {
    const frame = frameLayout({ ...base, chartWidth: 1000 });
    expect(frame.width).toBeGreaterThanOrEqual(1000);
    expect(frame.chart.x).toBeGreaterThan(0);
    expect(frame.chart.x + frame.chart.width).toBeLessThanOrEqual(frame.width);
  });

  it('stacks title, subtitle, legend, chart, source and link top to bottom', () => {
    const frame = frameLayout(base);
    expect(frame.texts.map((t) => t.text)).toEqual([base.title, base.subtitle, base.source, base.link]);
    const ys = frame.texts.map((t) => t.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    const legendY = frame.legend[0]?.y ?? Number.NaN;
    expect(legendY).toBeGreaterThan(ys[1] ?? Number.NaN);
    expect(frame.chart.y).toBeGreaterThan(legendY);
    expect(ys[2]).toBeGreaterThan(frame.chart.y + frame.chart.height);
    expect(frame.height).toBeGreaterThan(ys[3] ?? Number.NaN);
    expect(frame.texts[0]).toMatchObject({ size: 20, weight: 700 });
  });

  it('grows taller with a longer title, a taller chart and more legend items', () => {
    const h = frameLayout(base).height;
    expect(frameLayout({ ...base, title: `${base.title} `.repeat(8) }).height).toBeGreaterThan(h);
    expect(frameLayout({ ...base, chartHeight: 500 }).height).toBe(h + 200);
    const manyItems = Array.from({ length: 12 }, (_, i) => ({
      key: `k${i}`,
      label: `Indicator number ${i}`,
      colour: '#000',
    }));
    expect(frameLayout({ ...base, legend: manyItems }).height).toBeGreaterThan(h);
  });

  it('wraps legend items within the frame width', () => {
    const manyItems = Array.from({ length: 12 }, (_, i) => ({
      key: `k${i}`,
      label: `Indicator number ${i}`,
      colour: '#000',
    }));
    const frame = frameLayout({ ...base, legend: manyItems });
    expect(new Set(frame.legend.map((l) => l.y)).size).toBeGreaterThan(1);
    for (const item of frame.legend) expect(item.x).toBeLessThan(frame.width);
  });
});

describe('embedSnippet', () => {
  it('embeds the view with embed=1 and escapes ampersands in the attribute', () => {
    const snippet = embedSnippet('https://example.org/app/?countries=FR,DE&chart=gap');
    expect(snippet).toMatch(/^<iframe src="[^"]*" title="epSOS Indicators chart" /);
    const src = snippet.match(/src="([^"]*)"/)?.[1] ?? '';
    expect(src).toContain('&amp;chart=gap');
    expect(src).toContain('&amp;embed=1');
    expect(src).not.toMatch(/&(?!amp;)/);
    const url = new URL(src.replace(/&amp;/g, '&'));
    expect(url.searchParams.get('countries')).toBe('FR,DE');
    expect(url.searchParams.get('chart')).toBe('gap');
    expect(url.searchParams.get('embed')).toBe('1');
  });

  it('replaces an existing embed parameter instead of repeating it', () => {
    const src = embedSnippet('https://example.org/?embed=0&chart=map').match(/src="([^"]*)"/)?.[1] ?? '';
    expect(new URL(src.replace(/&amp;/g, '&')).searchParams.getAll('embed')).toEqual(['1']);
  });

  it('cannot be broken out of by quotes or markup in the link', () => {
    const link = 'https://example.org/?x="><script>alert(1)</script>&y=\'';
    const snippet = embedSnippet(link, { script: false });
    expect(snippet.match(/"/g)?.length).toBe(2 * 6);
    expect(snippet).not.toContain('<script>');
    expect(snippet.match(/</g)?.length).toBe(2);
    expect(snippet.endsWith('></iframe>')).toBe(true);
    // With the sizing script (the default): one more element, from the link's origin only.
    const sized = embedSnippet(link);
    expect(sized.startsWith(snippet)).toBe(true);
    expect(sized.slice(snippet.length)).toBe('<script async src="https://example.org/embed.js"></script>');
  });

  it('keeps own data (#data=) at the end of the embedded link, after embed=1', () => {
    const src = embedSnippet('https://example.org/?countries=FR&chart=bars#data=abc_-1').match(
      /src="([^"]*)"/,
    )?.[1];
    expect(src).toBe('https://example.org/?countries=FR&amp;chart=bars&amp;embed=1#data=abc_-1');
  });
});

describe('comparisonSentence', () => {
  const labels = new Map([
    ['computer', 'Computer use'],
    ['internet', 'Internet access'],
    ['epr', 'Electronic patient record'],
  ]);
  const fr = (indicators: string[]) => indicators.map((i) => comparisonCell(index, 'FR', i));

  it('compares France on the three core indicators with signs and one decimal', () => {
    expect(comparisonSentence('France', fr(['computer', 'internet', 'epr']), labels)).toBe(
      'France is 4.6 points below the EU27 average in computer use, 3.5 points above it in Internet access and 5.3 points below it in electronic patient record.',
    );
  });

  it('handles a single indicator', () => {
    expect(comparisonSentence('France', fr(['internet']), labels)).toBe(
      'France is 3.5 points above the EU27 average in Internet access.',
    );
  });

  it('rounds to one decimal and says "point" for exactly one', () => {
    const cells = [
      cell({ country: 'X', indicator: 'computer', gap: -4.56 }),
      cell({ country: 'X', indicator: 'internet', gap: 1 }),
    ];
    expect(comparisonSentence('Xland', cells, labels)).toBe(
      'Xland is 4.6 points below the EU27 average in computer use and 1.0 point above it in Internet access.',
    );
  });

  it('says "level with" for a gap of zero', () => {
    expect(comparisonSentence('Germany', [comparisonCell(index, 'DE', 'internet')], labels)).toBe(
      'Germany is level with the EU27 average in Internet access.',
    );
    expect(
      comparisonSentence(
        'Germany',
        [
          cell({ country: 'DE', indicator: 'computer', gap: 2 }),
          cell({ country: 'DE', indicator: 'internet', gap: 0 }),
        ],
        labels,
      ),
    ).toBe(
      'Germany is 2.0 points above the EU27 average in computer use and level with it in Internet access.',
    );
  });

  it('adds a sentence naming the indicators without data', () => {
    const cells = [
      comparisonCell(index, 'GR', 'computer'),
      comparisonCell(index, 'GR', 'internet'),
      comparisonCell(index, 'GR', 'epr'),
    ];
    expect(comparisonSentence('Greece', cells, labels)).toBe(
      'Greece is 21.4 points below the EU27 average in computer use. There is no data to compare for Internet access and electronic patient record.',
    );
  });

  it('says there is nothing to compare when no indicator has data', () => {
    expect(comparisonSentence('United Kingdom', [comparisonCell(index, 'GB', 'computer')], labels)).toBe(
      'There is no data to compare United Kingdom with the survey average in computer use.',
    );
  });

  it('falls back to the cell label and keeps acronyms capitalized', () => {
    expect(inSentence('GP practices using a computer')).toBe('GP practices using a computer');
    expect(inSentence('EU27 average')).toBe('EU27 average');
    expect(inSentence('Broadband')).toBe('broadband');
    expect(inSentence('ePrescribing')).toBe('ePrescribing');
    const only = cell({ country: 'X', indicator: 'broadband', indicatorLabel: 'Broadband', gap: -3 });
    expect(comparisonSentence('Xland', [only], new Map())).toBe(
      'Xland is 3.0 points below the EU27 average in broadband.',
    );
  });

  it('returns an empty string for no cells', () => {
    expect(comparisonSentence('France', [], labels)).toBe('');
  });
});
