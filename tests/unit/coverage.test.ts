import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conceptsOf, coverageCounts, coverageOf } from '../../src/data/coverage';
import { indexDataset } from '../../src/data/derive';
import type { Observation } from '../../src/data/schema';
import { withCoverage } from '../../src/ui/pickerCoverage';
import { index, makeDataset, observations } from './fixtures';

const COUNTRIES = { one: 'country', many: 'countries' };

describe('coverage: which country has a figure for which indicator', () => {
  it('counts a value in any wave, not an explicit "no data" row, and never an EU average', () => {
    const coverage = coverageOf(index);
    expect([...(coverage.byCountry.get('FR') ?? [])].sort()).toEqual(['computer', 'epr', 'internet']);
    // Greece: a computer figure; its ePR row is an explicit "no data".
    expect([...(coverage.byCountry.get('GR') ?? [])]).toEqual(['computer']);
    // The EU27 average has figures, but is no country of a selection.
    expect(coverage.byCountry.has('EU27')).toBe(false);
    expect([...(coverage.byIndicator.get('broadband') ?? [])]).toEqual([]);
    expect(coverage.byIndicator.has('broadband')).toBe(false);
    expect([...(coverage.byIndicator.get('epr') ?? [])].sort()).toEqual(['DE', 'DK', 'FR']);
  });

  it('an earlier wave counts, as does an own imported indicator merged into the dataset', () => {
    const more: Observation[] = [
      ...observations,
      { country: 'GB', indicator: 'epr', year: 2002, value: 58, sourceId: 'empirica-2008', note: null },
      { country: 'GB', indicator: 'epr', year: 2007, value: null, sourceId: 'empirica-2008', note: 'n/a' },
    ];
    const withWaves = indexDataset(makeDataset({ observations: more }));
    expect(coverageCounts(coverageOf(withWaves).byIndicator, ['epr'], ['GB', 'GR'])).toEqual(
      new Map([['epr', 1]]),
    );
  });

  it('counts per option against the selection, a repeated selected value once, an unknown key 0', () => {
    const { byIndicator, byCountry } = coverageOf(index);
    expect(
      coverageCounts(byIndicator, ['computer', 'internet', 'epr', 'nope'], ['FR', 'GR', 'GB', 'GR']),
    ).toEqual(
      new Map([
        ['computer', 2],
        ['internet', 1],
        ['epr', 1],
        ['nope', 0],
      ]),
    );
    expect(coverageCounts(byCountry, ['BE', 'GB'], ['computer', 'internet', 'epr'])).toEqual(
      new Map([
        ['BE', 2],
        ['GB', 0],
      ]),
    );
  });

  it('concepts: a country counts a concept when any indicator of it, from any survey, has its figure', () => {
    const coverage = coverageOf(index);
    for (const [country, indicators] of coverage.byCountry) {
      const concepts = coverage.conceptsByCountry.get(country);
      const expected = new Set([...indicators].map((id) => index.indicators.get(id)?.concept));
      expect(concepts).toEqual(expected);
    }
    const selected = [...index.indicators.keys()].slice(0, 3);
    expect(conceptsOf(index, [...selected, ...selected])).toEqual([
      ...new Set(selected.map((id) => index.indicators.get(id)?.concept)),
    ]);
  });

  it('is built once per index', () => {
    expect(coverageOf(index)).toBe(coverageOf(index));
  });

  it('property: a count never exceeds the selection and equals a brute-force count over the raw rows', () => {
    const countryCodes = ['FR', 'DE', 'DK', 'GR', 'GB', 'BE', 'EU27'];
    const indicatorIds = ['computer', 'internet', 'epr', 'broadband'];
    const row = fc.record({
      country: fc.constantFrom(...countryCodes),
      indicator: fc.constantFrom(...indicatorIds),
      year: fc.constantFrom(2002, 2007, 2009),
      value: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      sourceId: fc.constantFrom('epsos-fr', 'empirica-2008'),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.array(fc.constantFrom(...countryCodes.slice(0, -1)), { maxLength: 8 }),
        fc.array(fc.constantFrom(...indicatorIds), { maxLength: 6 }),
        (rows, selectedCountries, selectedIndicators) => {
          const obs: Observation[] = rows.map((r) => ({ ...r, note: r.value === null ? 'none' : null }));
          const coverage = coverageOf(indexDataset(makeDataset({ observations: obs })));
          const has = (c: string, i: string) =>
            c !== 'EU27' && obs.some((o) => o.country === c && o.indicator === i && o.value !== null);
          const perIndicator = coverageCounts(coverage.byIndicator, indicatorIds, selectedCountries);
          for (const i of indicatorIds) {
            const brute = [...new Set(selectedCountries)].filter((c) => has(c, i)).length;
            expect(perIndicator.get(i)).toBe(brute);
            expect(perIndicator.get(i)).toBeLessThanOrEqual(selectedCountries.length);
          }
          const perCountry = coverageCounts(coverage.byCountry, countryCodes, selectedIndicators);
          for (const c of countryCodes) {
            const brute = [...new Set(selectedIndicators)].filter((i) => has(c, i)).length;
            expect(perCountry.get(c)).toBe(brute);
            expect(perCountry.get(c)).toBeLessThanOrEqual(new Set(selectedIndicators).size);
          }
        },
      ),
    );
  });
});

describe('withCoverage: picker options with their counts', () => {
  const options = [
    { value: 'computer', label: 'Computer use', group: 'Computer use' },
    { value: 'broadband', label: 'Broadband', group: 'Broadband' },
  ];

  it('adds "n of selected" to each option, keeping order and groups', () => {
    expect(withCoverage(options, coverageOf(index).byIndicator, ['FR', 'GR', 'GB'], COUNTRIES)).toEqual([
      { ...options[0], coverage: { count: 2, of: 3, noun: 'countries' } },
      { ...options[1], coverage: { count: 0, of: 3, noun: 'countries' } },
    ]);
    expect(withCoverage(options, coverageOf(index).byIndicator, ['FR'], COUNTRIES)[0]?.coverage).toEqual({
      count: 1,
      of: 1,
      noun: 'country',
    });
  });

  it('says nothing when nothing is selected in the other picker', () => {
    expect(withCoverage(options, coverageOf(index).byIndicator, [], COUNTRIES)).toEqual(options);
  });
});
