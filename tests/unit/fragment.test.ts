import fc from 'fast-check';
import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/data/schema';
import { importsToCsv } from '../../src/import/importsCsv';
import { type ImportedData, parseImport } from '../../src/import/parseImport';
import { fromBase64Url, toBase64Url } from '../../src/share/base64url';
import {
  adler32,
  decodeFragment,
  encodeFragment,
  LINKED_FILE_NAME,
  MAX_FRAGMENT_CHARS,
} from '../../src/share/fragment';
import { fragmentPayload, hashToKeep } from '../../src/state/fragmentHash';
import { dataset } from './fixtures';

const NOW = new Date('2026-05-04T10:00:00Z');
const SAMPLE = `country,indicator,year,value,source,note,label
GR,computer_2002,2002,52,"Harris poll, 2002",,GP computer use 2002
DE,computer_2002,2002,37,"Harris poll, 2002",,
DK,computer_2002,2002,,"Harris poll, 2002",not asked,
EU27,computer_2002,2002,61.5,"=cmd|' /C calc'!A0",,
`;

function imported(text = SAMPLE, name = 'my-indicators.csv'): ImportedData {
  const result = parseImport(text, name, dataset, NOW);
  if (!result.data) throw new Error(result.refused ?? 'no data');
  return result.data;
}

const payloadOf = (fragment: string) => fragmentPayload(fragment) ?? '';
const essence = (o: Observation[]) => o.map((x) => [x.country, x.indicator, x.year, x.value, x.note]);

describe('fragment codec', () => {
  it('round-trips the sample file: rows, labels and source titles, labelled "data from the link"', () => {
    const data = imported();
    const encoded = encodeFragment([data]);
    if (!encoded.ok) throw new Error('too large');
    expect(encoded.fragment).toMatch(/^#data=[A-Za-z0-9_-]+$/);
    const decoded = decodeFragment(payloadOf(encoded.fragment), dataset, NOW);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.rejected).toEqual([]);
    expect(decoded.data.fileName).toBe(LINKED_FILE_NAME);
    expect(essence(decoded.data.observations)).toEqual(essence(data.observations));
    expect(decoded.data.indicators.map((i) => [i.id, i.label])).toEqual([
      ['my_computer_2002', 'GP computer use 2002'],
    ]);
    expect(decoded.data.sources.map((s) => s.title)).toEqual(['Harris poll, 2002', "=cmd|' /C calc'!A0"]);
  });

  it('property: any rows Add data accepts come back the same through the link', () => {
    const countries = ['FR', 'DE', 'DK', 'GR', 'EU27'];
    const row = fc.record({
      country: fc.constantFrom(...countries),
      indicator: fc.constantFrom('a', 'b_c', 'my_d'),
      year: fc.integer({ min: 1990, max: 2100 }),
      value: fc.option(
        fc.integer({ min: 0, max: 1000 }).map((v) => v / 10),
        { nil: null },
      ),
      note: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: null }),
      source: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (rows) => {
        const csv = [
          'country,indicator,year,value,note,source',
          ...rows.map((r) =>
            [
              r.country,
              r.indicator,
              r.year,
              r.value ?? '',
              r.note ?? (r.value === null ? 'n/a' : ''),
              r.source ?? '',
            ]
              .map((v) => `"${String(v).replace(/"/g, '""')}"`)
              .join(','),
          ),
        ].join('\n');
        const first = parseImport(csv, 'f.csv', dataset, NOW);
        fc.pre(first.data !== null);
        if (!first.data) return;
        const encoded = encodeFragment([first.data]);
        if (!encoded.ok) return;
        const decoded = decodeFragment(payloadOf(encoded.fragment), dataset, NOW);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(essence(decoded.data.observations)).toEqual(essence(first.data.observations));
        expect(decoded.data.sources.map((s) => s.title)).toEqual(first.data.sources.map((s) => s.title));
      }),
      { numRuns: 150 },
    );
  });

  it('property: base64url round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const back = fromBase64Url(toBase64Url(bytes));
        expect('bytes' in back && [...back.bytes]).toEqual([...bytes]);
      }),
    );
  });

  it('writes one row per country, indicator and year when two imports overlap', () => {
    const csv = importsToCsv([imported(), imported(SAMPLE, 'again.csv')]);
    expect(csv.trim().split('\n')).toHaveLength(5);
  });

  it('adler32 matches the reference value', () => {
    expect(adler32(strToU8('Wikipedia'))).toBe(0x11e60398);
  });
});

describe('a broken fragment names its problem', () => {
  const good = (() => {
    const e = encodeFragment([imported()]);
    if (!e.ok) throw new Error('too large');
    return payloadOf(e.fragment);
  })();

  it('truncated: cut anywhere, or empty', () => {
    for (const cut of [1, 5, 9, good.length - 3, good.length - 1]) {
      const d = decodeFragment(good.slice(0, cut), dataset, NOW);
      expect(d.ok ? 'ok' : d.problem, `cut at ${cut}`).toBe('truncated');
    }
    expect(decodeFragment('', dataset, NOW)).toMatchObject({ ok: false, problem: 'truncated' });
  });

  it('not base64', () => {
    expect(decodeFragment(`${good.slice(0, 8)}%%<script>`, dataset, NOW)).toMatchObject({
      ok: false,
      problem: 'not-base64',
    });
    expect(decodeFragment('abc+/def', dataset, NOW)).toMatchObject({ ok: false, problem: 'not-base64' });
  });

  it('not deflate: plain text in base64url, or a changed byte', () => {
    const plain = toBase64Url(strToU8('country,indicator,year,value\nFR,x,2007,5\n'));
    expect(decodeFragment(plain, dataset, NOW)).toMatchObject({ ok: false, problem: 'not-deflate' });
    const bytes = fromBase64Url(good);
    if (!('bytes' in bytes)) throw new Error('bad fixture');
    const changed = bytes.bytes.slice();
    changed[10] = (changed[10] ?? 0) ^ 0x55;
    const d = decodeFragment(toBase64Url(changed), dataset, NOW);
    expect(d.ok ? 'ok' : d.problem).toMatch(/not-deflate|truncated/);
  });

  it('too large: a payload over the limit is refused before decoding, and encode offers the CSV instead', () => {
    expect(decodeFragment('A'.repeat(MAX_FRAGMENT_CHARS + 1), dataset, NOW)).toMatchObject({
      ok: false,
      problem: 'too-large',
    });
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `FR,n${i},${1990 + (i % 100)},${((i * 7919) % 1000) / 10},,"source ${i * 31337}"`,
    );
    const big = imported(`country,indicator,year,value,note,source\n${rows.join('\n')}\n`);
    const encoded = encodeFragment([big]);
    expect(encoded.ok).toBe(false);
    if (encoded.ok) return;
    expect(encoded.chars).toBeGreaterThan(MAX_FRAGMENT_CHARS);
    expect(encoded.csv.split('\n')[0]).toBe('country,indicator,year,value,note,label,source');
  });

  it('rows that fail the parser: listed with their line; all failing refuses', () => {
    const csv = 'country,indicator,year,value\nFR,x,2007,50\nZZ,x,2007,5\nFR,y,20x7,5\n';
    const partly = decodeFragment(toBase64Url(zlibSync(strToU8(csv))), dataset, NOW);
    expect(partly.ok).toBe(true);
    expect(partly.rejected.map((r) => r.line)).toEqual([3, 4]);
    const none = decodeFragment(
      toBase64Url(zlibSync(strToU8('country,indicator,year,value\nZZ,x,2007,5\n'))),
      dataset,
      NOW,
    );
    expect(none).toMatchObject({ ok: false, problem: 'rows-rejected' });
    expect(none.rejected[0]?.message).toMatch(/unknown country code "ZZ"/);
    const notCsv = decodeFragment(
      toBase64Url(zlibSync(strToU8('<img src=x onerror=alert(1)>'))),
      dataset,
      NOW,
    );
    expect(notCsv).toMatchObject({ ok: false, problem: 'rows-rejected' });
  });

  it('fragmentPayload reads only #data=', () => {
    expect(fragmentPayload('#data=abc')).toBe('abc');
    expect(fragmentPayload('data=abc')).toBe('abc');
    expect(fragmentPayload('#other=abc')).toBeNull();
    expect(fragmentPayload('')).toBeNull();
  });

  it('the URL keeps #data= exactly while data from the link is loaded; other hashes stay', () => {
    expect(hashToKeep('#data=abc', true)).toBe('#data=abc');
    expect(hashToKeep('#data=abc', false)).toBe('');
    expect(hashToKeep('#top', false)).toBe('#top');
    expect(hashToKeep('', true)).toBe('');
  });
});
