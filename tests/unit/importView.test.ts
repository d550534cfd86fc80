import { describe, expect, it } from 'vitest';
import {
  MAX_INDICATORS_JOINING,
  selectionWithAdded,
  selectionWithImport,
  selectionWithoutAdded,
} from '../../src/state/importView';

const isCountry = (code: string) => !code.startsWith('EU');
const data = {
  indicators: [{ id: 'my_a' }, { id: 'my_b' }],
  observations: [
    { country: 'GR', value: 52 },
    { country: 'SK', value: 40 },
    { country: 'EU27', value: 60 },
    { country: 'FI', value: null },
    { country: 'SK', value: 41 },
  ],
};

describe('an import joins the view', () => {
  it('adds its indicators after the selected ones, and its countries with a value that are not selected', () => {
    const view = { countries: ['GR', 'PT'], indicators: ['computer'], chart: 'bars' as const };
    expect(selectionWithImport(view, data, isCountry)).toEqual({
      countries: ['GR', 'PT', 'SK'],
      indicators: ['computer', 'my_a', 'my_b'],
      // Not the EU27 average, not Finland (only "no data"), not Greece (selected already).
      added: { indicators: ['my_a', 'my_b'], countries: ['SK'] },
    });
  });

  it('adds the countries in the order of their first row with a value in the file, each once', () => {
    const rows = {
      indicators: [{ id: 'my_a' }],
      observations: [
        { country: 'FI', value: null },
        { country: 'DE', value: 3 },
        { country: 'EU27', value: 4 },
        { country: 'FI', value: 5 },
        { country: 'DE', value: 6 },
        { country: 'AT', value: 7 },
      ],
    };
    const view = { countries: ['GR'], indicators: ['computer'], chart: 'bars' as const };
    expect(selectionWithImport(view, rows, isCountry).added.countries).toEqual(['DE', 'FI', 'AT']);
  });

  it('puts them first on the kinds that draw only the first indicator(s)', () => {
    for (const chart of ['ranking', 'map', 'scatter'] as const) {
      const view = { countries: ['GR'], indicators: ['computer'], chart };
      expect(selectionWithImport(view, data, isCountry).indicators).toEqual(['my_a', 'my_b', 'computer']);
    }
  });

  it('adds nothing twice: what is selected already stays where it is, and the lists stay the same', () => {
    const view = { countries: ['GR', 'SK'], indicators: ['my_b', 'computer'], chart: 'bars' as const };
    const next = selectionWithImport(view, data, isCountry);
    expect(next.indicators).toEqual(['my_b', 'computer', 'my_a']);
    expect(next.countries).toBe(view.countries);
    expect(next.added).toEqual({ indicators: ['my_a'], countries: [] });
  });

  it('Undo takes out exactly what was added (the selection before), keeping other changes; Show again puts it back', () => {
    const before = { countries: ['GR', 'PT'], indicators: ['computer'], chart: 'ranking' as const };
    const { added, ...after } = selectionWithImport(before, data, isCountry);
    expect(selectionWithoutAdded(after, added)).toEqual({
      countries: ['GR', 'PT'],
      indicators: ['computer'],
    });
    // The reader picked Denmark in between: it stays.
    const changed = { ...after, countries: [...after.countries, 'DK'] };
    expect(selectionWithoutAdded(changed, added)).toEqual({
      countries: ['GR', 'PT', 'DK'],
      indicators: ['computer'],
    });
    expect(selectionWithAdded({ ...before, chart: 'ranking' }, added)).toEqual({
      countries: after.countries,
      indicators: after.indicators,
    });
  });

  it('a large file: at most six of its indicators join the view, with their countries; the others are counted', () => {
    // 58 indicators (like the bench's 50,000-row file, 54): all of them drawn at once froze the page for seconds.
    const ids = Array.from({ length: 58 }, (_, i) => `my_bench_${i + 1}`);
    const large = {
      indicators: ids.map((id) => ({ id })),
      observations: [
        ...ids.map((indicator) => ({ country: 'SK', indicator, value: 10 })),
        // A country with a value only in an indicator left out does not join either.
        { country: 'MT', indicator: 'my_bench_58', value: 5 },
      ],
    };
    const view = { countries: ['GR'], indicators: ['computer'], chart: 'time' as const };
    const next = selectionWithImport(view, large, isCountry);
    expect(MAX_INDICATORS_JOINING).toBe(6);
    expect(next.indicators).toEqual(['computer', ...ids.slice(0, 6)]);
    expect(next.countries).toEqual(['GR', 'SK']);
    expect(next.added).toEqual({ indicators: ids.slice(0, 6), countries: ['SK'], notShown: 52 });
    // Undo and Show again move exactly those.
    expect(selectionWithoutAdded(next, next.added)).toEqual({ countries: ['GR'], indicators: ['computer'] });
    expect(selectionWithAdded({ ...view }, next.added)).toEqual({
      countries: next.countries,
      indicators: next.indicators,
    });
  });
});
