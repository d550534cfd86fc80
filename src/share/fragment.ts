import { csvFormat } from 'd3-dsv';
import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import type { RowProblem } from '../data/observationRows';
import type { Dataset } from '../data/schema';
import { type ImportedData, MAX_IMPORT_BYTES, parseImport } from '../import/parseImport';
import { FRAGMENT_KEY } from '../state/fragmentHash';
import { fromBase64Url, toBase64Url } from './base64url';
import { LINKED_LABEL } from './linkedLabel';

/**
 * Own data in a link: the imported rows as CSV → zlib (fflate) → base64url → `#data=…`. The
 * fragment never reaches a server. Decoding goes back through parseImport, the parser of Add data,
 * with its rejection report; each way a fragment can be broken has its own named problem.
 */

/** Longest `#data=` payload we write or read, in characters (8 KB of base64url). */
export const MAX_FRAGMENT_CHARS = 8 * 1024;
export const LINKED_FILE_NAME = LINKED_LABEL;
export const FRAGMENT_COLUMNS = ['country', 'indicator', 'year', 'value', 'note', 'label', 'source'] as const;

export type FragmentProblem =
  | 'truncated'
  | 'not-base64'
  | 'not-deflate'
  | 'too-large'
  | 'too-large-unpacked'
  | 'rows-rejected';

export type DecodedFragment =
  | { ok: true; data: ImportedData; rejected: RowProblem[] }
  | { ok: false; problem: FragmentProblem; rejected: RowProblem[]; detail: string };

export const FRAGMENT_PROBLEMS: Record<FragmentProblem, string> = {
  truncated: 'the link was cut short (truncated), so its data could not be read',
  'not-base64': 'the data part of the link is not valid base64url text',
  'not-deflate': 'the data part of the link is not compressed data this dashboard wrote (not deflate)',
  'too-large': `the data part of the link is larger than ${MAX_FRAGMENT_CHARS / 1024} KB`,
  'too-large-unpacked': `the data in the link unpacks to more than ${MAX_IMPORT_BYTES / 1048576} MB, the most this dashboard reads`,
  'rows-rejected': 'no row of the data in the link could be read',
};

/** The rows of imported files as the CSV Add data reads; label and source travel with them. */
export function importsToCsv(imports: readonly ImportedData[]): string {
  return csvFormat(importRows(imports), [...FRAGMENT_COLUMNS]);
}

/** The rows of imported files, one record of text cells per figure (the columns of FRAGMENT_COLUMNS). */
export function importRows(imports: readonly ImportedData[]): Record<string, string>[] {
  const seen = new Set<string>();
  const labelled = new Set<string>();
  const rows: Record<string, string>[] = [];
  for (const data of imports) {
    const sources = new Map(data.sources.map((s) => [s.id, s.title]));
    const labels = new Map(data.indicators.map((i) => [i.id, i.label]));
    for (const o of data.observations) {
      const key = `${o.country}|${o.indicator}|${o.year}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const label = labelled.has(o.indicator) ? '' : (labels.get(o.indicator) ?? '');
      labelled.add(o.indicator);
      rows.push({
        country: o.country,
        indicator: o.indicator,
        year: String(o.year),
        value: o.value === null ? '' : String(o.value),
        note: o.note ?? '',
        label,
        source: sources.get(o.sourceId) ?? '',
      });
    }
  }
  return rows;
}

export type EncodedFragment =
  | { ok: true; fragment: string; chars: number }
  | { ok: false; problem: 'too-large'; chars: number; csv: string };

/** `#data=…` for the given imports, or why it cannot be (too large: the CSV to send instead). */
export function encodeFragment(imports: readonly ImportedData[]): EncodedFragment {
  const csv = importsToCsv(imports);
  const payload = toBase64Url(zlibSync(strToU8(csv), { level: 9 }));
  if (payload.length > MAX_FRAGMENT_CHARS)
    return { ok: false, problem: 'too-large', chars: payload.length, csv };
  return { ok: true, fragment: `#${FRAGMENT_KEY}=${payload}`, chars: payload.length };
}

function fail(problem: FragmentProblem, detail = '', rejected: RowProblem[] = []): DecodedFragment {
  return { ok: false, problem, rejected, detail };
}

/** Adler-32 of the bytes (RFC 1950), the checksum at the end of a zlib stream. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + (bytes[i] ?? 0)) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function inflate(bytes: Uint8Array): Uint8Array | FragmentProblem {
  if (bytes.length < 6) return 'truncated';
  let out: Uint8Array;
  try {
    // Output is bounded: zlib expands at most ~1000×, and the input is at most 6 KB.
    out = unzlibSync(bytes);
  } catch (error) {
    return (error as { code?: number }).code === 0 ? 'truncated' : 'not-deflate';
  }
  // fflate does not check the trailer; a changed byte shows as a checksum mismatch.
  const n = bytes.length;
  const trailer =
    (((bytes[n - 4] ?? 0) << 24) |
      ((bytes[n - 3] ?? 0) << 16) |
      ((bytes[n - 2] ?? 0) << 8) |
      (bytes[n - 1] ?? 0)) >>>
    0;
  return out.length > 0 && trailer === adler32(out) ? out : 'not-deflate';
}

/** Reads a `#data=` payload back into imported data, through the same parser as Add data. */
export function decodeFragment(payload: string, base: Dataset, now = new Date()): DecodedFragment {
  if (payload.length > MAX_FRAGMENT_CHARS) return fail('too-large', `${payload.length} characters`);
  if (payload === '') return fail('truncated', 'the data part is empty');
  const decoded = fromBase64Url(payload);
  if ('error' in decoded) return fail(decoded.error);
  const inflated = inflate(decoded.bytes);
  if (typeof inflated === 'string') return fail(inflated);
  if (inflated.length > MAX_IMPORT_BYTES) return fail('too-large-unpacked');
  let text: string;
  try {
    text = strFromU8(inflated);
  } catch {
    return fail('not-deflate', 'not UTF-8 text');
  }
  const result = parseImport(text, LINKED_FILE_NAME, base, now);
  if (!result.data) return fail('rows-rejected', result.refused ?? '', result.rejected);
  return { ok: true, data: result.data, rejected: result.rejected };
}
