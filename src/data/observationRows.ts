import { dsvFormat } from 'd3-dsv';
import { safeParse } from 'zod/mini';
import { normalizeCountryCode } from './countryCodes';
import { countryByName } from './countryNames';
import { FITS, type Fit, indicatorIdSchema, MAX_YEAR, MIN_YEAR, type Observation } from './schema';

/**
 * Reads CSV text of indicator figures (one row per country × indicator × year) into observations.
 * Shared by the build (data/sources/*.csv, where any problem fails the build) and the in-browser
 * import of an analyst's file (where good rows load and bad rows are reported).
 */

export interface RowProblem {
  line: number;
  message: string;
}

export interface ObservationRow extends Observation {
  line: number;
  /** Optional columns of an analyst's file: indicator label and free-text source citation. */
  label: string | null;
  sourceText: string | null;
  /** The country as the file wrote it, when it was a name rather than a code ("Sverige" for SE). */
  countryName: string | null;
}

export interface ParsedObservationRows {
  rows: ObservationRow[];
  problems: RowProblem[];
  delimiter: string;
  /** Required columns the header lacks (then no row is read). */
  missing: string[];
}

/** What an analyst gave for columns their file lacks: one indicator (its id and label) and one year. */
export interface ColumnFill {
  indicator?: string;
  label?: string;
  year?: number;
}

export interface ObservationRowOptions {
  /** Countries that exist in the dataset. */
  countries: ReadonlySet<string>;
  /** Known indicator ids, or null to accept any well-formed id (an analyst's own indicators). */
  indicators: ReadonlySet<string> | null;
  /** Source id for rows without a `source` column value. */
  defaultSourceId: string;
  /** Accept `82,8` and `;`-separated files, as much of Europe writes them. */
  lenient: boolean;
  /** Normalized country name → code (src/data/countryNames.ts), for files that name countries. */
  countryNames?: ReadonlyMap<string, string>;
  /** Values for the indicator and year columns when the file has none. */
  fill?: ColumnFill;
}

const REQUIRED_COLUMNS = ['country', 'indicator', 'year', 'value'] as const;

function detectDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, headerLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0] && counts[0][1] > 0 ? counts[0][0] : ',';
}

function parseDelimited(text: string, delimiter: string): string[][] {
  return dsvFormat(delimiter).parseRows(text);
}

/** Parses a percentage as published; with `lenient`, a decimal comma is accepted. */
export function parsePercent(raw: string, lenient: boolean): number | null | 'invalid' {
  const trimmed = raw.trim().replace(/\s*%$/, '');
  if (trimmed === '') return null;
  const normalized = lenient ? trimmed.replace(/^(-?\d+),(\d+)$/, '$1.$2') : trimmed;
  if (!/^-?\d+(?:\.\d+)?$/.test(normalized)) return 'invalid';
  return Number(normalized);
}

export function readObservationRows(text: string, options: ObservationRowOptions): ParsedObservationRows {
  const withoutBom = text.replace(/^\uFEFF/, '');
  const firstLine = withoutBom.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = options.lenient ? detectDelimiter(firstLine) : ',';
  const table = parseDelimited(withoutBom, delimiter);
  const problems: RowProblem[] = [];
  const rows: ObservationRow[] = [];
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const filled = (c: string) =>
    (c === 'indicator' && options.fill?.indicator !== undefined) ||
    (c === 'year' && options.fill?.year !== undefined);
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c) && !filled(c));
  if (missing.length > 0) {
    problems.push({
      line: 1,
      message: `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`,
    });
    return { rows, problems, delimiter, missing };
  }
  const column = (name: string) => header.indexOf(name);
  const given: Record<string, string | undefined> = {
    indicator: options.fill?.indicator,
    label: options.fill?.label,
    year: options.fill?.year === undefined ? undefined : String(options.fill.year),
  };
  const seen = new Map<string, number>();
  table.slice(1).forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const cell = (name: string) => {
      const i = column(name);
      return i >= 0 ? (cells[i] ?? '').trim() : (given[name] ?? '');
    };
    if (cells.length > header.length) {
      problems.push({
        line,
        message: `${cells.length} cells but the header has ${header.length} (an unquoted decimal comma or a stray separator?)`,
      });
      return;
    }
    const result = readRow(cell, line, options);
    if (typeof result === 'string') {
      problems.push({ line, message: result });
      return;
    }
    const key = `${result.country}|${result.indicator}|${result.year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        line,
        message: `duplicate of line ${first}: ${result.country}, ${result.indicator}, ${result.year}`,
      });
      return;
    }
    seen.set(key, line);
    rows.push(result);
  });
  return { rows, problems, delimiter, missing: [] };
}

/** A country cell as a code: the code itself (or Eurostat's EL / UK), else a known name. */
function readCountry(
  raw: string,
  options: ObservationRowOptions,
): { code: string; name: string | null } | string {
  const code = normalizeCountryCode(raw);
  if (options.countries.has(code)) return { code, name: null };
  if (!options.countryNames) return `unknown country code "${raw}"`;
  const named = countryByName(options.countryNames, raw);
  if (named && options.countries.has(named)) return { code: named, name: raw };
  return `unknown country "${raw}" (neither a code nor a name the dashboard knows)`;
}

function readRow(
  cell: (name: string) => string,
  line: number,
  options: ObservationRowOptions,
): ObservationRow | string {
  const read = readCountry(cell('country'), options);
  if (typeof read === 'string') return read;
  const country = read.code;
  const indicator = cell('indicator').toLowerCase();
  if (!safeParse(indicatorIdSchema, indicator).success)
    return `malformed indicator id "${cell('indicator')}"`;
  if (options.indicators && !options.indicators.has(indicator)) return `unknown indicator "${indicator}"`;
  const yearText = cell('year');
  if (!/^\d{4}$/.test(yearText)) return `year is not a four-digit year: "${yearText}"`;
  if (Number(yearText) < MIN_YEAR || Number(yearText) > MAX_YEAR)
    return `year ${yearText} is outside ${MIN_YEAR}–${MAX_YEAR}`;
  const value = parsePercent(cell('value'), options.lenient);
  if (value === 'invalid') return `value is not a number: "${cell('value')}"`;
  if (value !== null && (value < 0 || value > 100)) return `value ${value} is outside 0–100 (percent)`;
  const note = cell('note') || null;
  if (value === null && !note) return 'value is empty and no note says why';
  const precisionText = cell('precision');
  const precision = precisionText === '' ? undefined : Number(precisionText);
  if (precision !== undefined && !(precision > 0 && Number.isFinite(precision)))
    return `precision is not a positive number: "${precisionText}"`;
  const fitText = cell('fit').toLowerCase();
  if (fitText !== '' && !(FITS as readonly string[]).includes(fitText))
    return `fit is not one of ${FITS.join(', ')}: "${cell('fit')}"`;
  const fit = fitText === '' ? undefined : (fitText as Fit);
  const fitNote = cell('fit_note') || undefined;
  if (fitNote && !fit) return 'fit_note without a fit (exact or partial)';
  if (fit === 'partial' && !fitNote)
    return 'fit is partial and no fit_note says how the wording or base differs';
  return {
    ...(precision === undefined ? {} : { precision }),
    ...(fit === undefined ? {} : { fit }),
    ...(fitNote === undefined ? {} : { fitNote }),
    country,
    indicator,
    year: Number(yearText),
    value,
    sourceId: options.defaultSourceId,
    where: cell('where') || null,
    note,
    line,
    label: cell('label') || null,
    sourceText: cell('source') || null,
    countryName: read.name,
  };
}
