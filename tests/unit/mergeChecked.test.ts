import { describe, expect, it } from 'vitest';
import type { ImportedData } from '../../src/data/importedData';
import { mergeChecked, mergeEach, withoutBuiltInRows } from '../../src/import/parseImport';
import { realIndex } from './realDataset';

/**
 * Issue 26: the merge of a large import checked in the worker, then merged on the page; the worker
 * also says which imports have no row on a built-in indicator, so the page skips that check of
 * every row for them. A row on a built-in indicator never lands there.
 */
const base = realIndex.dataset;
const row = (indicator: string, value: number) => ({
  country: 'FR',
  indicator,
  year: 2030,
  value,
  sourceId: 'my-src-a',
  note: null,
});
const record = (id: string, rows: ReturnType<typeof row>[]): ImportedData => ({
  id,
  fileName: `${id}.csv`,
  importedAt: '2026-01-01T00:00:00.000Z',
  indicators: [
    {
      id: 'my_a',
      label: 'A',
      shortLabel: 'A',
      unit: 'percent',
      description: 'Imported',
      surveyId: `my-${id}`,
      concept: 'own-data',
    },
  ],
  sources: [],
  observations: rows,
});
const own = record('own', [row('my_a', 10), row('my_a', 11)]);
const tampered = record('tampered', [row('my_a', 12), row('computer', 12.345)]);

describe('the merge after the check in the worker', () => {
  it('names the imports with no row on a built-in indicator', () => {
    expect(withoutBuiltInRows(base, [own, tampered])).toEqual(['own']);
  });

  it('merges as the checked merge does, with or without the list; a row on a built-in indicator never lands', () => {
    const checked = mergeEach(base, [own, tampered]).merged;
    const clean = new Set(withoutBuiltInRows(base, [own, tampered]));
    for (const merged of [mergeChecked(base, [own, tampered], clean), mergeChecked(base, [own, tampered])]) {
      expect(merged.observations).toEqual(checked.observations);
      expect(merged.observations.filter((o) => o.indicator === 'computer' && o.year === 2030)).toEqual([]);
      expect(merged.observations.length).toBe(base.observations.length + 3);
    }
  });
});
