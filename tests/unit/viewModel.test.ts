import { describe, expect, it } from 'vitest';
import { viewNotes } from '../../src/charts/viewNotes';
import { indexDataset } from '../../src/data/derive';
import type { Observation, Survey } from '../../src/data/schema';
import type { ViewState } from '../../src/data/view';
import { buildViewModel, sameItems, shareUnchanged } from '../../src/data/viewModel';
import { mergeImports, parseImport } from '../../src/import/parseImport';
import { concepts, countries, indicators, makeDataset, observations, surveys } from './fixtures';

/** The fixtures plus a second survey without an average (2009, 2012) and one with an EU15 average (2002). */
const later: Survey = {
  ...(surveys[0] as Survey),
  id: 'later-survey',
  shortTitle: 'Later survey',
  shortName: 'Later',
  waves: [2009, 2012],
  reference: null,
};
const early: Survey = {
  ...(surveys[0] as Survey),
  id: 'early',
  shortName: 'Early',
  waves: [2002],
  reference: 'EU15',
};
const o = (country: string, indicator: string, year: number, value: number | null): Observation => ({
  country,
  indicator,
  year,
  value,
  sourceId: 'empirica-2008',
  note: value === null ? 'not printed' : null,
});
const index = indexDataset(
  makeDataset({
    surveys: [...surveys, later, early],
    concepts,
    countries: [...countries, { code: 'EU15', name: 'EU15 average', aggregate: true }],
    indicators: [
      ...indicators,
      {
        ...(indicators[2] as (typeof indicators)[number]),
        id: 'later_emr',
        shortLabel: 'EMR (later)',
        surveyId: 'later-survey',
      },
      {
        ...(indicators[2] as (typeof indicators)[number]),
        id: 'early_emr',
        shortLabel: 'EMR (2002)',
        surveyId: 'early',
      },
    ],
    observations: [
      ...observations,
      o('FR', 'later_emr', 2009, 68),
      o('FR', 'later_emr', 2012, 67),
      o('DE', 'later_emr', 2009, 72),
      o('FR', 'early_emr', 2002, 20),
      o('EU15', 'early_emr', 2002, 29),
    ],
  }),
);
const view = (partial: Partial<ViewState>): ViewState => ({
  countries: ['FR', 'DE', 'GB'],
  indicators: ['computer'],
  chart: 'bars',
  profile: null,
  time: 'latest',
  embed: false,
  ...partial,
});

describe('buildViewModel', () => {
  it('draws one reference row per survey average, each with only its own survey’s indicators', () => {
    const model = buildViewModel(index, view({ indicators: ['computer', 'early_emr', 'later_emr'] }));
    expect(model.references.map((r) => r.code)).toEqual(['EU27', 'EU15']);
    expect(model.cells.filter((c) => c.country === 'EU15').map((c) => c.indicator)).toEqual(['early_emr']);
    expect(model.cells.filter((c) => c.country === 'EU27').map((c) => c.indicator)).toEqual(['computer']);
    expect(model.cells.find((c) => c.country === 'FR' && c.indicator === 'early_emr')).toMatchObject({
      referenceCode: 'EU15',
      referenceValue: 29,
      gap: -9,
    });
    expect(model.mixedYears).toBe(true);
  });

  it('names the selected countries without any value, and keeps them out of the drawn rows', () => {
    const model = buildViewModel(index, view({}));
    expect(model.noData).toEqual([{ code: 'GB', name: 'United Kingdom' }]);
    expect(model.rows).toEqual(['EU27', 'FR', 'DE']);
    // … but the CSV keeps their explicit "no data" rows
    expect(model.dataCells.map((c) => c.country)).toEqual(['EU27', 'FR', 'DE', 'GB']);
    expect(viewNotes(model)).toEqual(['No data: United Kingdom.']);
  });

  it('table: the title counts the rows it shows, and says how many have a figure (issue 25.6)', () => {
    // Only France has a 2012 figure of the later survey; the table still has a row for each country.
    const model = buildViewModel(index, view({ chart: 'table', indicators: ['later_emr'] }));
    const rows = model.rows.filter((c) => !model.references.some((r) => r.code === c));
    expect(rows).toEqual(['FR', 'DE', 'GB']);
    expect(model.title).toBe('EMR (later): France, Germany and United Kingdom (1 with a figure)');
    const many = buildViewModel(
      index,
      view({ chart: 'table', indicators: ['later_emr'], countries: ['FR', 'DE', 'GB', 'DK', 'GR', 'BE'] }),
    );
    expect(many.title).toBe('EMR (later): 6 countries (1 with a figure)');
  });

  it('gap: an indicator whose survey published no average is said in words', () => {
    const model = buildViewModel(index, view({ chart: 'gap', indicators: ['later_emr'] }));
    expect(model.withoutReference.map((i) => i.id)).toEqual(['later_emr']);
    expect(viewNotes(model)).toContain(
      'EMR (later): the Later survey published no European average, so no gap is drawn.',
    );
    // Titles name the countries drawn: only France has a 2012 figure.
    expect(model.title).toBe('Gap to the survey average: France');
  });

  it('gap: the subtitle says percentage points, the other kinds percent (issue 21.9)', () => {
    const gap = buildViewModel(index, view({ chart: 'gap', indicators: ['computer'] }));
    expect(gap.subtitle).toContain('Percentage points from the average.');
    expect(gap.subtitle).not.toContain('Percent.');
    expect(buildViewModel(index, view({ indicators: ['computer'] })).subtitle).toContain('. Percent.');
  });

  it('an own file without an average reads as a sentence (issue 21.9)', () => {
    const base = makeDataset({ surveys, concepts, countries, indicators, observations });
    const imported = parseImport(
      'country,indicator,year,value\nFR,my_rate,2020,40\nDE,my_rate,2020,50\n',
      'mydata.csv',
      base,
    );
    if (!imported.data) throw new Error(`import refused: ${JSON.stringify(imported)}`);
    const ownIndex = indexDataset(mergeImports(base, [imported.data]));
    const id = ownIndex.dataset.indicators.find((i) => i.id.startsWith('my_'))?.id ?? '';
    const notes = viewNotes(buildViewModel(ownIndex, view({ chart: 'gap', indicators: [id] })));
    const note = notes.find((n) => n.includes('no European average')) ?? '';
    expect(note).toContain(
      '\u2068your data (mydata.csv)\u2069 gives no European average, so no gap is drawn.',
    );
    expect(note).not.toMatch(/the Your data/);
  });

  it('time=2009 shows that wave where the indicator has it, and says what another wave holds', () => {
    const model = buildViewModel(index, view({ indicators: ['later_emr'], time: 2009 }));
    expect(model.indicators[0]?.wave).toBe(2009);
    expect(model.cells.find((c) => c.country === 'DE')?.value).toBe(72);
    const latest = buildViewModel(index, view({ indicators: ['later_emr'] }));
    expect(latest.indicators[0]?.wave).toBe(2012);
    expect(latest.noData.map((c) => c.code)).toEqual(['DE', 'GB']);
    expect(viewNotes(latest)[0]).toBe('No data: Germany (2009: 72 %), United Kingdom.');
    expect(latest.waves).toEqual([2009, 2012]);
  });

  it('Over time: one panel per indicator with its waves, lines only for countries with a value', () => {
    const model = buildViewModel(index, view({ chart: 'time', indicators: ['later_emr'] }));
    expect(model.panels[0]?.waves).toEqual([2009, 2012]);
    expect(model.panels[0]?.lines.map((l) => l.country)).toEqual(['FR', 'DE']);
    expect(model.noData.map((c) => c.code)).toEqual(['GB']);
    expect(model.sourceLine).toBe(
      'Data: Later survey (2009, 2012), as printed in empirica, Benchmarking ICT use among GPs (2008).',
    );
  });

  it('ranking: every country with a value, the others named', () => {
    const model = buildViewModel(index, view({ chart: 'ranking' }));
    expect(model.ranked.filter((r) => r.value !== null).map((r) => r.country)).toEqual([
      'DK',
      'BE',
      'DE',
      'FR',
      'GR',
    ]);
    expect(model.noData.map((c) => c.code)).toEqual(['GB']);
  });
});

describe('shareUnchanged', () => {
  it('keeps the lists that came out the same, and takes the ones that changed', () => {
    const before = buildViewModel(index, view({ indicators: ['later_emr'], countries: ['FR', 'DE'] }));
    // Belgium has no later_emr figure: the bars draw the same rows; only who has no data changes.
    const after = buildViewModel(index, view({ indicators: ['later_emr'], countries: ['FR', 'DE', 'BE'] }));
    expect(after.cells).not.toBe(before.cells);
    const shared = shareUnchanged(before, after);
    expect(shared.cells).toBe(before.cells);
    expect(shared.rows).toBe(before.rows);
    expect(shared.indicators).toBe(before.indicators);
    expect(shared.countries).toBe(after.countries);
    expect(shared.noData).toBe(after.noData);
    expect(shared.noData.map((c) => c.code)).toEqual(['DE', 'BE']); // Germany: no 2012 figure
    expect(shared.view).toBe(after.view);
    expect(shared).toEqual(after);
  });

  it('returns the new model as it is without a previous one', () => {
    const model = buildViewModel(index, view({}));
    expect(shareUnchanged(null, model)).toBe(model);
  });
});

describe('sameItems', () => {
  it('compares items by value, or plain objects field by field (one level)', () => {
    const list = [1, 2];
    expect(sameItems(list, list)).toBe(true);
    expect(sameItems([1, 2], [1, 2])).toBe(true);
    expect(sameItems([1, 2], [2, 1])).toBe(false);
    expect(sameItems([1], [1, 2])).toBe(false);
    const shared = ['x'];
    expect(sameItems([{ a: 1, b: shared }], [{ a: 1, b: shared }])).toBe(true);
    expect(sameItems([{ a: 1, b: ['x'] }], [{ a: 1, b: ['x'] }])).toBe(false);
    expect(sameItems([{ a: 1 }], [{ a: 1, b: undefined }])).toBe(false);
    expect(sameItems([null], [{}])).toBe(false);
  });
});

describe('latest = the latest wave with a figure for the countries drawn (issue 17)', () => {
  /** A survey like the Commonwealth Fund's: its latest wave (2022) covers none of the countries selected. */
  const cmwf: Survey = {
    ...(surveys[0] as Survey),
    id: 'cmwf-like',
    shortTitle: 'CMWF-like survey',
    shortName: 'CMWF-like',
    waves: [2009, 2012, 2015, 2019, 2022],
    reference: 'EU27',
  };
  const wavesIndex = indexDataset(
    makeDataset({
      surveys: [...surveys, cmwf],
      countries: [...countries, { code: 'IT', name: 'Italy' }, { code: 'CH', name: 'Switzerland' }],
      indicators: [
        ...indicators,
        {
          ...(indicators[2] as (typeof indicators)[number]),
          id: 'emr',
          shortLabel: 'EMR',
          surveyId: 'cmwf-like',
        },
      ],
      observations: [
        ...observations,
        o('IT', 'emr', 2009, 94),
        o('FR', 'emr', 2009, 68),
        o('FR', 'emr', 2012, 67),
        o('GB', 'emr', 2019, null), // an explicit "no data" row is not a figure
        o('EU27', 'emr', 2015, 70), // a wave with only the survey's average
        o('CH', 'emr', 2022, 83),
      ],
    }),
  );
  const emr = (partial: Partial<ViewState>) => view({ indicators: ['emr'], ...partial });

  it('shows the latest wave in which a selected country has a figure, not the survey’s latest wave', () => {
    const model = buildViewModel(wavesIndex, emr({ countries: ['IT', 'DE', 'GB'] }));
    expect(model.indicators[0]).toMatchObject({ wave: 2009, latestWave: 2022 });
    expect(model.cells.find((c) => c.country === 'IT')).toMatchObject({ value: 94, year: 2009 });
    expect(model.rows).toContain('IT');
    expect(model.noData.map((c) => c.code)).toEqual(['DE', 'GB']);
    expect(model.subtitle).toMatch(/CMWF-like survey, 2009\.$/);
    expect(viewNotes(model)).toContain(
      'EMR: 2009 is shown, the latest wave with a figure for the selected countries; later waves (to 2022) have none for them.',
    );
  });

  it('a wave with only the survey’s average, or only "no data" rows, never wins', () => {
    const model = buildViewModel(wavesIndex, emr({ countries: ['FR', 'IT', 'GB'] }));
    expect(model.indicators[0]?.wave).toBe(2012);
    expect(model.cells.find((c) => c.country === 'FR')?.value).toBe(67);
    expect(model.dataCells.find((c) => c.country === 'IT')).toMatchObject({
      value: null,
      otherWaves: [{ year: 2009, value: 94 }],
    });
  });

  it('time=YEAR keeps that wave even when none of the selected countries has a figure in it', () => {
    const model = buildViewModel(wavesIndex, emr({ countries: ['IT', 'FR'], time: 2022 }));
    expect(model.indicators[0]?.wave).toBe(2022);
    expect(model.noData.map((c) => c.code)).toEqual(['IT', 'FR']);
    expect(viewNotes(model).some((n) => n.includes('is shown, the latest wave'))).toBe(false);
  });

  it('a year the indicator lacks falls back to the latest wave with a figure for the selected countries', () => {
    const model = buildViewModel(wavesIndex, emr({ countries: ['IT', 'FR'], time: 2007 }));
    expect(model.indicators[0]?.wave).toBe(2012);
  });

  it('falls back to the survey’s latest wave when no selected country has any figure', () => {
    const model = buildViewModel(wavesIndex, emr({ countries: ['DE', 'GB'] }));
    expect(model.indicators[0]?.wave).toBe(2022);
    expect(viewNotes(model).some((n) => n.includes('is shown, the latest wave'))).toBe(false);
  });

  it('ranking and map take the selected countries’ latest wave too (not 2022, Switzerland alone)', () => {
    for (const chart of ['ranking', 'map'] as const) {
      const model = buildViewModel(wavesIndex, emr({ countries: ['IT'], chart }));
      expect(model.indicators[0]?.wave).toBe(2009);
      // With no country selected, every country counts.
      expect(buildViewModel(wavesIndex, emr({ countries: [], chart })).indicators[0]?.wave).toBe(2022);
    }
  });
});
