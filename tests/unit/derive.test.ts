import { describe, expect, it } from 'vitest';
import {
  comparisonCell,
  comparisonCells,
  gapToReference,
  indexDataset,
  indicatorWave,
  latestWaveWithValue,
  rankCountries,
  roundTenth,
  sourceLine,
} from '../../src/data/derive';
import type { Observation } from '../../src/data/schema';
import { index, makeDataset, observations, surveys } from './fixtures';

const o = (value: number | null, extra: Partial<Observation> = {}): Observation => ({
  country: 'FR',
  indicator: 'computer',
  year: 2007,
  value,
  sourceId: 'empirica-2008',
  note: value === null ? 'not published' : null,
  ...extra,
});

/** The observation indexDataset prefers among these, for FR × computer. */
const preferred = (...observations: Observation[]) => {
  const figure = indexDataset(makeDataset({ observations })).observations.get('FR|computer');
  return figure && { value: figure.value, year: figure.year, sourceId: figure.sourceId, note: figure.note };
};
/** The fields of an observation a figure carries over. */
const as = (x: Observation) => ({ value: x.value, year: x.year, sourceId: x.sourceId, note: x.note });

describe('indexDataset: which observation stands for a country × indicator', () => {
  it('prefers a value over a null, in either order', () => {
    const withValue = o(60, { year: 2005 });
    const missing = o(null, { year: 2008 });
    expect(preferred(missing, withValue)).toEqual(as(withValue));
    expect(preferred(withValue, missing)).toEqual(as(withValue));
  });

  it('prefers the later year, in either order', () => {
    const older = o(60, { year: 2006 });
    const newer = o(70, { year: 2008 });
    expect(preferred(older, newer)).toEqual(as(newer));
    expect(preferred(newer, older)).toEqual(as(newer));
  });

  it('within one year prefers the source listed first in `sources`, in either order', () => {
    // The fixture lists epsos-fr before empirica-2008.
    const profile = o(82.8, { sourceId: 'epsos-fr' });
    const survey = o(83, { sourceId: 'empirica-2008' });
    expect(preferred(survey, profile)).toEqual(as(profile));
    expect(preferred(profile, survey)).toEqual(as(profile));
  });

  it('keeps a null observation (with its note) when nothing better exists', () => {
    const missing = o(null, { note: 'survey did not cover France' });
    expect(preferred(missing)).toEqual(as(missing));
  });

  it('indexes countries, indicators and sources by id', () => {
    expect(index.countries.get('FR')?.name).toBe('France');
    expect(index.indicators.get('epr')?.shortLabel).toBe('Electronic patient record');
    expect(index.sources.get('epsos-fr')?.publisher).toBe('epSOS project');
  });

  it('takes the EU27 computer figure from the first-listed source of the same year (87.4, not 87)', () => {
    expect(index.observations.get('EU27|computer')?.value).toBe(87.4);
  });
});

describe('comparisonCell: gap to the EU27 average', () => {
  it('gives France a negative gap where it is below the average, rounded to 0.1', () => {
    expect(comparisonCell(index, 'FR', 'computer')).toEqual({
      country: 'FR',
      countryName: 'France',
      indicator: 'computer',
      indicatorLabel: 'GP practices using a computer',
      value: 82.8,
      year: 2007,
      sourceId: 'epsos-fr',
      sourceIds: ['epsos-fr'],
      where: null,
      note: null,
      conflicts: [],
      referenceCode: 'EU27',
      referenceValue: 87.4,
      gap: -4.6,
      otherWaves: [],
    });
  });

  it('gives a positive gap above the average (72.3 vs 68.8 → 3.5) and −5.3 for ePR', () => {
    expect(comparisonCell(index, 'FR', 'internet').gap).toBe(3.5);
    expect(comparisonCell(index, 'FR', 'epr').gap).toBe(-5.3);
  });

  it('gives a gap of exactly 0 when level with the average', () => {
    expect(comparisonCell(index, 'DE', 'internet').gap).toBe(0);
  });

  it('has a null gap and value, and the wave shown, when the country has no observation', () => {
    expect(comparisonCell(index, 'GB', 'computer')).toMatchObject({
      value: null,
      year: 2007,
      sourceId: null,
      gap: null,
      referenceValue: 87.4,
      note: 'not in the sources we hold',
    });
  });

  it("has a null gap and the observation's note when the value is null", () => {
    expect(comparisonCell(index, 'GR', 'epr')).toMatchObject({
      value: null,
      year: 2007,
      gap: null,
      note: 'not published',
    });
  });

  it('has a null gap when the EU27 average is missing', () => {
    const withoutEuInternet = indexDataset(
      makeDataset({
        observations: index.dataset.observations.filter(
          (x) => !(x.country === 'EU27' && x.indicator === 'internet'),
        ),
      }),
    );
    expect(comparisonCell(withoutEuInternet, 'BE', 'internet')).toMatchObject({
      value: 78,
      referenceValue: null,
      gap: null,
    });
    expect(comparisonCell(index, 'BE', 'internet').gap).toBe(9.2);
    expect(gapToReference(50, null)).toBeNull();
    expect(gapToReference(null, 50)).toBeNull();
  });

  it('has no gap for the EU27 row itself', () => {
    expect(comparisonCell(index, 'EU27', 'computer')).toMatchObject({
      value: 87.4,
      referenceValue: 87.4,
      gap: null,
    });
  });

  it('falls back to the code for an unknown country or indicator', () => {
    expect(comparisonCell(index, 'ZZ', 'nope')).toMatchObject({ countryName: 'ZZ', indicatorLabel: 'nope' });
  });

  it('rounds floating-point noise away', () => {
    expect(82.8 - 87.4).not.toBe(-4.6);
    expect(gapToReference(82.8, 87.4)).toBe(-4.6);
    expect(gapToReference(72.3, 68.8)).toBe(3.5);
    expect(roundTenth(1.26)).toBe(1.3);
  });

  it('comparisonCells lists the selection country-major in the user order', () => {
    expect(
      comparisonCells(index, ['DE', 'FR'], ['epr', 'computer']).map((c) => `${c.country}|${c.indicator}`),
    ).toEqual(['DE|epr', 'DE|computer', 'FR|epr', 'FR|computer']);
  });
});

describe('rankCountries', () => {
  const ranked = rankCountries(index, 'computer', ['FR', 'GB']);

  it('lists every non-aggregate country, highest value first, missing last', () => {
    expect(ranked.map((r) => [r.country, r.value])).toEqual([
      ['DK', 99],
      ['BE', 94.5],
      ['DE', 94.5],
      ['FR', 82.8],
      ['GR', 66],
      ['GB', null],
    ]);
  });

  it('gives tied values the same rank and skips the next (1, 2, 2, 4, …)', () => {
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4, 5, null]);
  });

  it('leaves countries without a value unranked', () => {
    const epr = rankCountries(index, 'epr', []);
    expect(epr.filter((r) => r.rank === null).map((r) => r.country)).toEqual(['BE', 'GR', 'GB']);
    expect(epr.slice(-3).every((r) => r.value === null)).toBe(true);
  });

  it('marks the selected countries', () => {
    expect(ranked.filter((r) => r.selected).map((r) => r.country)).toEqual(['FR', 'GB']);
  });

  it('never includes the EU27 aggregate', () => {
    expect(ranked.some((r) => r.country === 'EU27')).toBe(false);
  });
});

describe('sourceLine', () => {
  it('names each source once, as publisher, title, year', () => {
    expect(sourceLine(index, ['epsos-fr', 'empirica-2008', 'epsos-fr'])).toBe(
      'Source: epSOS project, Country profile: France, 2010; empirica, Benchmarking ICT use among GPs, 2008',
    );
  });

  it('skips unknown ids and says none when nothing is left', () => {
    expect(sourceLine(index, ['nope', 'epsos-fr'])).toBe(
      'Source: epSOS project, Country profile: France, 2010',
    );
    expect(sourceLine(index, [])).toBe('Source: none');
    expect(sourceLine(index, ['nope'])).toBe('Source: none');
  });
});

describe('comparisonCell: resolved once per index', () => {
  it('returns the same cell for the same country, indicator and wave, another for another wave or index', () => {
    const cell = comparisonCell(index, 'FR', 'computer', 2007);
    expect(comparisonCell(index, 'FR', 'computer', 2007)).toBe(cell);
    expect(comparisonCell(index, 'FR', 'computer')).toBe(comparisonCell(index, 'FR', 'computer'));
    expect(comparisonCell(index, 'DE', 'computer', 2007)).not.toBe(cell);
    const other = indexDataset(makeDataset());
    const again = comparisonCell(other, 'FR', 'computer', 2007);
    expect(again).not.toBe(cell);
    expect(again).toEqual(cell);
  });
});

describe('latestWaveWithValue and indicatorWave with countries', () => {
  const multi = indexDataset(
    makeDataset({
      surveys: [{ ...(surveys[0] as (typeof surveys)[number]), waves: [2007, 2009, 2012] }],
      observations: [
        ...observations,
        {
          country: 'FR',
          indicator: 'epr',
          year: 2009,
          value: null,
          sourceId: 'empirica-2008',
          note: 'later',
        },
        { country: 'EU27', indicator: 'epr', year: 2012, value: 80, sourceId: 'empirica-2008', note: null },
        { country: 'DK', indicator: 'epr', year: 2009, value: 99, sourceId: 'empirica-2008', note: null },
      ],
    }),
  );

  it('is the latest wave with a value for one of the countries; averages and "no data" rows do not count', () => {
    expect(latestWaveWithValue(multi, 'epr', ['FR'])).toBe(2007);
    expect(latestWaveWithValue(multi, 'epr', ['FR', 'DK'])).toBe(2009);
    expect(latestWaveWithValue(multi, 'epr', ['EU27'])).toBeNull();
    expect(latestWaveWithValue(multi, 'epr', ['GB'])).toBeNull();
  });

  it('indicatorWave: latest for the countries, the survey’s latest without them, the asked year as asked', () => {
    expect(indicatorWave(multi, 'epr', 'latest')).toBe(2012);
    expect(indicatorWave(multi, 'epr', 'latest', ['FR'])).toBe(2007);
    expect(indicatorWave(multi, 'epr', 'latest', ['GB'])).toBe(2012);
    expect(indicatorWave(multi, 'epr', 2012, ['FR'])).toBe(2012);
    expect(indicatorWave(multi, 'epr', 2002, ['FR', 'DK'])).toBe(2009);
  });
});
