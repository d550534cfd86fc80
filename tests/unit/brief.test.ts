import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/buildDataset';
import { averageText, briefChartLayout, labelX } from '../../src/brief/briefChartLayout';
import { briefChartGroups, coreConcepts } from '../../src/brief/briefChartRows';
import { briefSources } from '../../src/brief/briefSources';
import { glanceRows } from '../../src/brief/glanceRows';
import { briefPageStyle, cssString } from '../../src/brief/pageStyle';
import { indexDataset } from '../../src/data/derive';
import { index } from './fixtures';

/** The real files in data/, as scripts/build-data.ts reads them (the France check point). */
function realIndex() {
  const dataDir = join(import.meta.dirname, '..', '..', 'data');
  const sourcesDir = join(dataDir, 'sources');
  const read = (path: string) => ({ file: path, text: readFileSync(path, 'utf8') });
  return indexDataset(
    buildDataset({
      surveys: read(join(dataDir, 'surveys.json')),
      concepts: read(join(dataDir, 'concepts.json')),
      sources: read(join(sourcesDir, 'SOURCES.json')),
      indicators: read(join(dataDir, 'indicator-definitions.json')),
      countries: read(join(dataDir, 'countries.json')),
      csvFiles: readdirSync(sourcesDir)
        .filter((name) => name.endsWith('.csv'))
        .sort()
        .map((name) => ({ ...read(join(sourcesDir, name)), sourceId: basename(name, '.csv') })),
    }),
  );
}

describe('glanceRows (At a glance)', () => {
  it('gives the latest figure of each concept with survey, wave, the same survey average and the gap', () => {
    const rows = glanceRows(index, 'FR');
    expect(
      rows.map((r) => [r.conceptLabel, r.survey, r.wave, r.value, r.referenceCode, r.referenceValue, r.gap]),
    ).toEqual([
      ['Computer use', 'empirica 2007', 2007, 82.8, 'EU27', 87.4, -4.6],
      ['Internet access', 'empirica 2007', 2007, 72.3, 'EU27', 68.8, 3.5],
      ['Electronic records', 'empirica 2007', 2007, 74.2, 'EU27', 79.5, -5.3],
    ]);
    expect(rows[0]?.sourceId).toBe('epsos-fr');
  });

  it('leaves out a concept without a value: a "no data" row is not a figure', () => {
    // Greece: computer 66; its epr row is an explicit "no data".
    expect(glanceRows(index, 'GR').map((r) => r.indicator)).toEqual(['computer']);
    expect(glanceRows(index, 'GB')).toEqual([]);
  });

  it('real data: France at the epSOS check point, and no gap where the survey published no average', () => {
    const real = realIndex();
    const rows = glanceRows(real, 'FR');
    const computer = rows.find((r) => r.concept === 'computer-use');
    expect(computer).toMatchObject({ value: 82.8, referenceCode: 'EU27', referenceValue: 87.4, gap: -4.6 });
    const records = rows.find((r) => r.concept === 'electronic-records');
    // The latest electronic-records figure is the Commonwealth Fund's, which published no average.
    expect(records).toMatchObject({ survey: 'Commonwealth Fund', referenceCode: null, gap: null });
  });
});

describe('briefChartGroups (the compact chart: the country against each survey average)', () => {
  it('has the three concepts of the profiles, in order, one row per survey question with a value', () => {
    expect(coreConcepts(index)).toEqual(['computer-use', 'internet-access', 'electronic-records']);
    const groups = briefChartGroups(index, 'FR');
    expect(
      groups.map((g) => [g.label, g.rows.map((r) => [r.label, r.cell.value, r.cell.referenceValue])]),
    ).toEqual([
      ['Computer use', [['empirica 2007', 82.8, 87.4]]],
      ['Internet access', [['empirica 2007', 72.3, 68.8]]],
      ['Electronic records', [['empirica 2007', 74.2, 79.5]]],
    ]);
  });

  it('keeps a concept without any figure, empty', () => {
    expect(briefChartGroups(index, 'GR').map((g) => g.rows.length)).toEqual([1, 0, 0]);
  });

  it('real data: each survey its own row, at its own wave, beside its own average only', () => {
    const groups = briefChartGroups(realIndex(), 'FR');
    const internet = groups.find((g) => g.concept === 'internet-access');
    expect(
      internet?.rows.map((r) => [
        r.label,
        r.cell.year,
        r.cell.value,
        r.cell.referenceCode,
        r.cell.referenceValue,
      ]),
    ).toEqual([
      // Harris 2002 published an EU15 average, but not one we hold for this question: none drawn.
      ['Harris 2002', 2002, 80, 'EU15', null],
      ['empirica 2007', 2007, 72.3, 'EU27', 68.8],
    ]);
    const records = groups.find((g) => g.concept === 'electronic-records');
    expect(records?.rows.map((r) => r.label)).toEqual(['empirica 2007', 'Commonwealth Fund, 2012']);
  });

  it('real data: at most two surveys per concept, the most recent, and how many were left out', () => {
    // France has five surveys of Internet access (six questions, with the Réseau Santé Social) and
    // four of computer use since issue 28 (Ipsos 2000 and 2001, TNS Sofres 2001): the brief keeps the
    // two latest waves (ties in surveys.json order) and counts the rest, so it still prints on two pages.
    const groups = briefChartGroups(realIndex(), 'FR');
    expect(groups.map((g) => [g.concept, g.rows.map((r) => r.label), g.left])).toEqual([
      ['computer-use', ['Ipsos APM 2001', 'empirica 2007'], 2],
      ['internet-access', ['Harris 2002', 'empirica 2007'], 4],
      ['electronic-records', ['empirica 2007', 'Commonwealth Fund, 2012'], 0],
    ]);
  });
});

describe('briefChartLayout', () => {
  const layout = briefChartLayout(briefChartGroups(index, 'FR'), 680);

  it('draws one bar per row from 0, the survey average as a tick at its value, on one 0–100 scale', () => {
    expect(layout.bars).toHaveLength(3);
    const scale = (v: number) => layout.plot.left + ((layout.plot.right - layout.plot.left) * v) / 100;
    for (const [bar, value, average] of [
      [layout.bars[0], 82.8, 87.4],
      [layout.bars[1], 72.3, 68.8],
    ] as const) {
      expect(bar?.x).toBeCloseTo(layout.plot.left);
      expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeCloseTo(scale(value));
      expect(bar?.referenceX).toBeCloseTo(scale(average));
    }
    expect(layout.bars[0]?.referenceLabel).toBe('EU27 87.4 %');
    expect(layout.bars[0]?.title).toBe(
      'France — GP practices using a computer: 82.8 % (2007), empirica 2007; EU27 average 87.4 %',
    );
  });

  it('stacks headings and rows without overlap, inside the height', () => {
    // Bars one under the other, each heading's baseline above the first bar of its concept.
    for (let i = 1; i < layout.bars.length; i++) {
      const [previous, bar] = [layout.bars[i - 1], layout.bars[i]];
      expect(bar?.y ?? 0).toBeGreaterThanOrEqual((previous?.y ?? 0) + (previous?.height ?? 0) + 4);
    }
    for (const [i, heading] of layout.headings.entries())
      expect(heading.y).toBeLessThan(layout.bars[i]?.y ?? 0);
    expect(Math.max(...layout.bars.map((b) => b.y + b.height))).toBeLessThanOrEqual(layout.height);
    expect(layout.plot.right).toBeLessThan(680);
  });

  it('says an empty concept in words', () => {
    const gr = briefChartLayout(briefChartGroups(index, 'GR'), 680);
    expect(gr.headings.map((h) => h.empty)).toEqual([
      null,
      'no figure in the sources we hold',
      'no figure in the sources we hold',
    ]);
  });

  it('moves a value label past the average diamond that would cross it', () => {
    expect(labelX(100, '82.8', 300)).toBe(104);
    expect(labelX(100, '82.8', 110)).toBe(118);
    expect(labelX(100, '82.8', null)).toBe(104);
  });

  it('writes the average, its absence, and a published average we do not hold, differently', () => {
    expect(averageText('EU27', 87.4)).toBe('EU27 87.4 %');
    expect(averageText(null, null)).toBe('no average published');
    expect(averageText('EU15', null)).toBe('EU15 not held');
  });
});

describe('briefSources', () => {
  const rows = glanceRows(index, 'FR');
  const sources = briefSources(
    index,
    'France: country brief',
    rows.map((r) => r.cell),
    'https://example.org/?brief=FR',
    new Date(Date.UTC(2026, 11, 3)),
  );

  it('names the publication of each figure and average shown, with the place in it', () => {
    expect(sources.publications.map((p) => p.source.id)).toEqual(['epsos-fr']);
    const places = sources.publications[0]?.places ?? [];
    expect(places).toHaveLength(6);
    expect(places[0]).toBe('Computer use (empirica 2007) — France 2007: place not recorded');
    expect(places[1]).toBe('Computer use (empirica 2007) — EU27 average 2007: place not recorded');
  });

  it('names only the publication whose figure is shown, not every one that agrees with it', () => {
    // EU27 computer 2007 is printed by epsos-fr (87.4, shown) and empirica-2008 (87, agreeing).
    expect(index.figures.get('EU27|computer|2007')?.sourceIds).toEqual(['epsos-fr', 'empirica-2008']);
    expect(sources.publications.some((p) => p.source.id === 'empirica-2008')).toBe(false);
  });

  it('cites the brief with its surveys and link', () => {
    expect(sources.content.citation).toBe(
      'France: country brief. Data: Benchmarking ICT use among General Practitioners in Europe (2007). epSOS Indicators, https://example.org/?brief=FR (accessed 3 December 2026).',
    );
  });
});

describe('the printed page (pageStyle)', () => {
  it('quotes text as a CSS string: quotes, backslashes, angle brackets and line breaks escaped', () => {
    expect(cssString('France')).toBe('"France"');
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString('</style><b>\n')).toBe('"\\3c /style\\3e \\3c b\\3e \\a "');
  });

  it('sets A4, margins and a footer with the country, the page number and the link', () => {
    const css = briefPageStyle('France', 'https://example.org/?brief=FR');
    expect(css).toContain('size: A4;');
    expect(css).toMatch(/margin: \d+mm/);
    expect(css).toContain('@bottom-left { content: "France · country brief · epSOS Indicators";');
    expect(css).toContain('content: "Page " counter(page) " of " counter(pages);');
    expect(css).toContain('@bottom-right { content: "https://example.org/?brief=FR";');
  });
});
