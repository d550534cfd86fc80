import { describe, expect, it } from 'vitest';
import { viewNotes } from '../../src/charts/viewNotes';
import { indexDataset } from '../../src/data/derive';
import type { Observation, Survey } from '../../src/data/schema';
import { buildViewModel, sameItems, shareUnchanged } from '../../src/data/viewModel';
import type { ViewState } from '../../src/state/view';
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

  it('gap: an indicator whose survey published no average is said in words', () => {
    const model = buildViewModel(index, view({ chart: 'gap', indicators: ['later_emr'] }));
    expect(model.withoutReference.map((i) => i.id)).toEqual(['later_emr']);
    expect(viewNotes(model)).toContain(
      'EMR (later): the Later survey published no European average, so no gap is drawn.',
    );
    // Titles name the countries drawn: only France has a 2012 figure.
    expect(model.title).toBe('Gap to the survey average: France');
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
