import { describe, expect, it } from 'vitest';
import { indicatorOptions } from '../../src/ui/indicatorOptions';
import { pickerOptions } from '../../src/ui/pickerOptions';
import { index } from './fixtures';

/** The pickers' options, made by their panels as they open (src/ui/pickerOptions.ts). */
describe('pickerOptions: a picker list made in its panel', () => {
  const total = 0; // not read here: the button's count, given by the page

  it('countries: no survey average, each counting its figures for the selected indicators', () => {
    const { options, note } = pickerOptions({
      of: 'countries',
      index,
      total,
      indicators: ['computer', 'epr'],
      bySurveys: false,
    });
    expect(options.map((o) => o.value)).not.toContain('EU27');
    expect(options.map((o) => o.value)).toEqual(
      index.dataset.countries.filter((c) => !c.aggregate).map((c) => c.code),
    );
    const fr = options.find((o) => o.value === 'FR');
    expect(fr).toMatchObject({ label: 'France', hint: 'FR · epSOS' });
    expect(fr?.coverage).toEqual({ count: 2, of: 2, noun: 'indicators' });
    // Greece: a computer figure; its ePR row is an explicit "no data".
    expect(options.find((o) => o.value === 'GR')?.coverage).toEqual({ count: 1, of: 2, noun: 'indicators' });
    expect(note).toMatch(/how many of the selected indicators have a figure/);
  });

  it('countries on All surveys count the topics drawn; with no indicator, no count and no note', () => {
    const surveys = pickerOptions({
      of: 'countries',
      index,
      total,
      indicators: ['computer', 'internet'],
      bySurveys: true,
    });
    expect(surveys.options.find((o) => o.value === 'FR')?.coverage).toEqual({
      count: 2,
      of: 2,
      noun: 'topics',
    });
    expect(surveys.note).toMatch(/topics drawn/);
    const none = pickerOptions({ of: 'countries', index, total, indicators: [], bySurveys: false });
    expect(none.options.every((o) => o.coverage === undefined)).toBe(true);
    expect(none.note).toBeUndefined();
  });

  it('indicators: grouped as indicatorOptions lists them, each counting the selected countries', () => {
    const { options, note } = pickerOptions({
      of: 'indicators',
      index,
      total,
      countries: ['FR', 'GR', 'GB'],
    });
    expect(options.map(({ coverage: _, ...o }) => o)).toEqual(indicatorOptions(index, () => false));
    expect(options.find((o) => o.value === 'computer')?.coverage).toEqual({
      count: 2,
      of: 3,
      noun: 'countries',
    });
    expect(options.find((o) => o.value === 'broadband')?.coverage?.count).toBe(0);
    expect(note).toMatch(/how many of the selected countries it has a figure/);
    expect(pickerOptions({ of: 'indicators', index, total, countries: [] }).note).toBeUndefined();
  });
});
