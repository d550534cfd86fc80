import { describe, expect, it } from 'vitest';
import {
  readStoredImports,
  readStoredRecord,
  STORED_FORMAT,
  storedValue,
} from '../../src/import/importedSchema';
import { type ImportedData, mergeEach, mergeImports, parseImport } from '../../src/import/parseImport';
import { dataset } from './fixtures';

/**
 * What importStorage.ts reads back from IndexedDB (issue 20): every record that reads is kept, each
 * one that does not is set aside with its reason, the v1 array is migrated to v2, and a record that
 * loads always merges (the same rules as mergeImports).
 */
const NOW = new Date('2026-11-29T10:00:00.000Z');

function good(
  name = 'survey.csv',
  text = 'country,indicator,year,value,label\nFR,good,2020,40,Good one\n',
): ImportedData {
  const result = parseImport(text, name, dataset, NOW);
  if (!result.data) throw new Error(result.refused ?? 'no data');
  return result.data;
}

/** A record as v1 kept it after a reload: readStoredImports of v1 dropped `surveys`. */
function asV1(data: ImportedData): Record<string, unknown> {
  const { surveys: _surveys, ...rest } = data;
  return rest;
}

describe('readStoredImports', () => {
  it('reads the v2 format as it was written, and asks for no rewrite', () => {
    const data = good();
    const read = readStoredImports(storedValue([data]), NOW);
    expect(read).toEqual({ imports: [data], setAside: [], rewrite: false });
    expect(storedValue([data]).version).toBe(STORED_FORMAT);
  });

  it('migrates the v1 array (records without surveys) to v2, and the result merges', () => {
    const data = good();
    const read = readStoredImports([asV1(data)], NOW);
    expect(read.setAside).toEqual([]);
    expect(read.rewrite).toBe(true);
    expect(read.imports).toHaveLength(1);
    expect(read.imports[0]?.surveys?.[0]?.id).toBe(`my-${data.id}`);
    const merged = mergeImports(dataset, read.imports);
    expect(merged.indicators.some((i) => i.id === 'my_good')).toBe(true);
  });

  it('a record of the wrong shape beside a valid one: the valid one loads, the other is set aside and named', () => {
    const data = good();
    const read = readStoredImports([asV1(data), { ...asV1(good('broken.csv')), observations: 'none' }], NOW);
    expect(read.imports.map((i) => i.fileName)).toEqual(['survey.csv']);
    expect(read.setAside).toHaveLength(1);
    expect(read.setAside[0]).toMatchObject({ label: 'broken.csv', setAsideAt: NOW.toISOString() });
    expect(read.setAside[0]?.reason).toMatch(/observations/);
    expect(read.rewrite).toBe(true);
  });

  it('a record of the wrong shape alone is set aside, never dropped', () => {
    const read = readStoredImports([{ id: 'own-1' }], NOW);
    expect(read.imports).toEqual([]);
    expect(read.setAside).toHaveLength(1);
    expect(read.setAside[0]?.record).toEqual({ id: 'own-1' });
    expect(read.setAside[0]?.label).toBe('stored import 1');
  });

  it('something that is not a list of imports (a future format) is set aside whole', () => {
    const raw = { version: 3, imports: [] };
    const read = readStoredImports(raw, NOW);
    expect(read.imports).toEqual([]);
    expect(read.setAside[0]?.record).toBe(raw);
    expect(read.setAside[0]?.reason).toMatch(/format 3/);
    expect(readStoredImports({ imports: 'x' }, NOW).setAside).toHaveLength(1);
  });

  it('a changed import id (“Pasted Text 2026”) is repaired, so the merge does not throw and the data stay', () => {
    const data = good();
    for (const raw of [
      { ...asV1(data), id: 'Pasted Text 2026' },
      { ...data, id: 'Pasted Text 2026' },
    ]) {
      const read = readStoredImports(Array.isArray(raw) ? raw : storedValue([raw as ImportedData]), NOW);
      expect(read.setAside).toEqual([]);
      expect(read.imports[0]?.id).toBe('pasted-text-2026');
      expect(read.rewrite).toBe(true);
      expect(() => mergeImports(dataset, read.imports)).not.toThrow();
      expect(mergeImports(dataset, read.imports).observations.some((o) => o.indicator === 'my_good')).toBe(
        true,
      );
    }
    // The same in a v1 array.
    expect(readStoredImports([{ ...asV1(data), id: 'Pasted Text 2026' }], NOW).imports[0]?.id).toBe(
      'pasted-text-2026',
    );
  });

  it('two records with one id: the second gets its own', () => {
    const data = good();
    const read = readStoredImports([asV1(data), asV1(data)], NOW);
    expect(read.imports).toHaveLength(2);
    expect(new Set(read.imports.map((i) => i.id)).size).toBe(2);
  });

  it('rejects javascript: (any non-http(s)) source URLs', () => {
    const data = good();
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd']) {
      const bad = { ...data, sources: data.sources.map((s) => ({ ...s, url })) };
      const read = readStoredRecord(bad, false);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(/sources\.0\.url/);
    }
    const fine = { ...data, sources: data.sources.map((s) => ({ ...s, url: 'https://example.org/a' })) };
    expect(readStoredRecord(fine, false).ok).toBe(true);
  });

  it('rejects built-in indicator ids (a stored record never stands for a published figure)', () => {
    const data = good();
    const bad = {
      ...data,
      indicators: data.indicators.map((i) => ({ ...i, id: 'computer' })),
      observations: data.observations.map((o) => ({ ...o, indicator: 'computer' })),
    };
    const read = readStoredRecord(bad, false);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(/own indicator id/);
  });

  it('rejects a row naming an indicator or source the record does not hold', () => {
    const data = good();
    const bad = { ...data, observations: data.observations.map((o) => ({ ...o, sourceId: 'my-nowhere' })) };
    expect(readStoredRecord(bad, false)).toMatchObject({ ok: false });
  });
});

describe('mergeEach', () => {
  it('merges every import that merges and names each one that does not, without throwing', () => {
    const data = good();
    const broken = { ...good('other.csv'), id: 'Bad Id', surveys: undefined } as ImportedData;
    expect(() => mergeImports(dataset, [data, broken])).toThrow();
    const { merged, refused } = mergeEach(dataset, [data, broken]);
    expect(merged.observations.some((o) => o.indicator === 'my_good')).toBe(true);
    expect(refused.map((r) => r.data.fileName)).toEqual(['other.csv']);
    expect(refused[0]?.reason).toMatch(/surveys/);
  });

  it('never lets an own row land on a built-in indicator', () => {
    const data = good();
    const sneaky = {
      ...data,
      observations: data.observations.map((o) => ({ ...o, indicator: 'computer', value: 42.42 })),
    };
    const { merged } = mergeEach(dataset, [sneaky]);
    expect(merged.observations.filter((o) => o.indicator === 'computer' && o.value === 42.42)).toEqual([]);
  });
});
