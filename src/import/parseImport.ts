import * as z from 'zod/mini';
import type { ImportedData } from '../data/importedData';
import { type ColumnFill, type RowProblem, readObservationRows } from '../data/observationRows';
import { IMPORT_PREFIX, isImportedIndicator } from '../data/ownIds';
import {
  type Concept,
  type Dataset,
  datasetSchema,
  type Indicator,
  type Observation,
  type Source,
  type Survey,
} from '../data/schema';

/**
 * An analyst's CSV file read into a dataset fragment that merges with the built-in data. Good rows
 * load, bad rows are reported with their line; nothing in the file is ever treated as markup.
 * Imported indicators get the prefix `my_`, so they never replace a published figure.
 */

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** The concept of an own indicator that matches no built-in indicator. */
export const OWN_CONCEPT: Concept = { id: 'own-data', label: 'Your data' };

export type { ImportedData };

/** The survey an imported file stands for: its years are its waves; an EU27 row makes EU27 its average. */
export function ownSurvey(
  id: string,
  fileName: string,
  observations: readonly Observation[],
  aggregates: ReadonlySet<string>,
): Survey {
  const waves = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
  const reference = observations.find((o) => aggregates.has(o.country))?.country ?? null;
  return {
    id,
    title: `Your data: ${fileName}`,
    shortTitle: `Your data (${fileName})`,
    shortName: 'Your data',
    producer: 'You (imported in this browser)',
    base: 'As defined in your file',
    question: null,
    waves: waves.length > 0 ? waves : [2000],
    reference,
    url: null,
    method: null,
  };
}

/** A country the file named rather than coded ("Sverige" → SE), with the lines that did. */
export interface ReadByName {
  name: string;
  code: string;
  lines: number[];
}

/** Columns the panel may ask the analyst for once, when the file lacks them. */
export type AskedColumn = 'indicator' | 'year';

export interface ImportResult {
  data: ImportedData | null;
  rejected: RowProblem[];
  /** Why the whole file was refused, if it was. */
  refused: string | null;
  delimiter: string;
  /** Rows whose country was read from its name, grouped by the name as written. */
  byName?: ReadByName[];
  /** The file has country and value but lacks these columns: ask for them, then parse again. */
  asks?: AskedColumn[];
  /** For each indicator and country, the first row with a value (src/state/importView.ts): what the
   * view's change reads when the import joins it, without another pass over every row. */
  firstWithValue?: FirstWithValue[];
}

/** A row as the view's change reads it (src/state/importView.ts). */
export type FirstWithValue = Pick<Observation, 'country' | 'indicator' | 'value'>;

/**
 * The rows of an import that `selectionWithImport` (src/state/importView.ts) reads: for each indicator and country, the first
 * row with a value, in the file's order (at most indicators × countries rows). The selection made
 * from them is the one made from every row; computed where the file is parsed (in a worker for a
 * large file), so the view joins at the merge without a pass over 50,000
 * rows on the main thread (60–130 ms at 4× CPU, issue 26).
 */
export function firstWithValue<O extends Pick<Observation, 'country' | 'indicator' | 'value'>>(
  observations: readonly O[],
): O[] {
  const seen = new Set<string>();
  const first: O[] = [];
  for (const o of observations) {
    if (o.value === null) continue;
    const key = `${o.indicator}|${o.country}`;
    if (seen.has(key)) continue;
    seen.add(key);
    first.push(o);
  }
  return first;
}

export interface ImportOptions {
  /** Normalized country name → code (data/country-names.json through src/data/countryNames.ts). */
  countryNames?: ReadonlyMap<string, string>;
  /** Ask for a missing indicator or year column instead of refusing the file. */
  askMissing?: boolean;
  /** What the analyst gave for them: the indicator's label and the year of every row. */
  fill?: { label?: string; year?: number };
}

function refuse(reason: string): ImportResult {
  return { data: null, rejected: [], refused: reason, delimiter: ',' };
}

/** An own indicator id made from the label the analyst typed ("Tablets in GP practices" → tablets_in_gp_practices). */
export function indicatorIdFromLabel(label: string): string {
  const id = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  if (id === '') return 'own_figures';
  return /^[a-z]/.test(id) ? id : `n_${id}`;
}

function columnFill(fill: ImportOptions['fill']): ColumnFill | undefined {
  if (!fill) return undefined;
  const label = fill.label?.trim();
  return {
    ...(label ? { indicator: indicatorIdFromLabel(label), label } : {}),
    ...(fill.year === undefined ? {} : { year: fill.year }),
  };
}

function readByName(rows: readonly { line: number; country: string; countryName: string | null }[]) {
  const groups = new Map<string, ReadByName>();
  for (const row of rows) {
    if (row.countryName === null) continue;
    const group = groups.get(row.countryName);
    if (group) group.lines.push(row.line);
    else groups.set(row.countryName, { name: row.countryName, code: row.country, lines: [row.line] });
  }
  return [...groups.values()];
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'file'
  );
}

export function importIndicatorId(raw: string): string {
  return raw.startsWith(IMPORT_PREFIX) ? raw : `${IMPORT_PREFIX}${raw}`;
}

export function parseImport(
  text: string,
  fileName: string,
  base: Dataset,
  now = new Date(),
  options: ImportOptions = {},
): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return refuse(`The file is larger than 5 MB (${(text.length / 1048576).toFixed(1)} MB).`);
  if (text.trim() === '') return refuse('The file is empty.');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL bytes mean a binary file, not CSV.
  if (/\u0000/.test(text.slice(0, 4096)))
    return refuse('This is not a CSV text file (it contains binary data).');
  const countries = new Set(base.countries.map((c) => c.code));
  const parsed = readObservationRows(text, {
    countries,
    indicators: null,
    defaultSourceId: 'pending',
    lenient: true,
    ...(options.countryNames ? { countryNames: options.countryNames } : {}),
    fill: columnFill(options.fill),
  });
  const asks = parsed.missing.filter((c): c is AskedColumn => c === 'indicator' || c === 'year');
  if (options.askMissing && asks.length > 0 && asks.length === parsed.missing.length) {
    return { data: null, rejected: [], refused: null, delimiter: parsed.delimiter, asks };
  }
  if (parsed.rows.length === 0 && parsed.problems.some((p) => p.line === 1)) {
    return {
      ...refuse(`This does not look like an indicator CSV: ${parsed.problems[0]?.message}.`),
      rejected: parsed.problems,
    };
  }
  // `tablets` and `my_tablets` name the same own indicator, so a second figure for one country and year
  // under the other spelling is a duplicate too (readObservationRows compares the ids as written).
  const firstLine = new Map<string, number>();
  const duplicates: RowProblem[] = [];
  const rows = parsed.rows.filter((row) => {
    const id = importIndicatorId(row.indicator);
    const key = `${row.country}|${id}|${row.year}`;
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, row.line);
      return true;
    }
    duplicates.push({
      line: row.line,
      message: `duplicate of line ${first}: ${row.country}, ${id}, ${row.year}`,
    });
    return false;
  });
  const rejected = [...parsed.problems, ...duplicates].sort((a, b) => a.line - b.line);
  const importId = `${slug(fileName)}-${now.getTime().toString(36)}`;
  const sourceIds = new Map<string, string>();
  const sources: Source[] = [];
  const sourceFor = (sourceText: string | null, year: number): string => {
    const title = sourceText ?? `your file ${fileName}`;
    let id = sourceIds.get(title);
    if (!id) {
      id = `my-${importId}-${sourceIds.size + 1}`.toLowerCase();
      sourceIds.set(title, id);
      sources.push({
        id,
        title,
        publisher: 'Your data',
        year,
        url: null,
        notes: `Imported from ${fileName} on ${now.toISOString().slice(0, 10)}; stays in this browser.`,
      });
    }
    return id;
  };
  const indicators = new Map<string, Indicator>();
  const observations: Observation[] = rows.map((row) => {
    const id = importIndicatorId(row.indicator);
    const sourceId = sourceFor(row.sourceText, row.year);
    if (!indicators.has(id)) {
      const builtIn = base.indicators.find((i) => i.id === row.indicator);
      const label =
        row.label ?? (builtIn ? `${builtIn.label} (your data)` : row.indicator.replace(/_/g, ' '));
      indicators.set(id, {
        id,
        label,
        shortLabel:
          row.label ?? (builtIn ? `${builtIn.shortLabel} (yours)` : row.indicator.replace(/_/g, ' ')),
        unit: 'percent',
        description: `Imported by you from ${fileName}.`,
        surveyId: `my-${importId}`.toLowerCase(),
        concept: builtIn?.concept ?? OWN_CONCEPT.id,
      });
    }
    return {
      country: row.country,
      indicator: id,
      year: row.year,
      value: row.value,
      sourceId,
      where: `${fileName}, line ${row.line}`,
      note: row.note,
    };
  });
  const data: ImportedData = {
    id: importId,
    fileName,
    importedAt: now.toISOString(),
    surveys: [
      ownSurvey(
        `my-${importId}`.toLowerCase(),
        fileName,
        observations,
        new Set(base.countries.filter((c) => c.aggregate).map((c) => c.code)),
      ),
    ],
    indicators: [...indicators.values()],
    sources,
    observations,
  };
  return {
    data: observations.length > 0 ? data : null,
    rejected,
    refused: observations.length > 0 ? null : 'No row of the file could be loaded.',
    delimiter: parsed.delimiter,
    byName: readByName(rows),
    firstWithValue: firstWithValue(observations).map(({ country, indicator, value }) => ({
      country,
      indicator,
      value,
    })),
  };
}

/** Built-in data plus every import, validated with the same schema as the published file. */
export function mergeImports(base: Dataset, imports: readonly ImportedData[]): Dataset {
  if (imports.length === 0) return base;
  return datasetSchema.parse(unchecked(base, imports));
}

/**
 * The merged dataset, before its validation. `clean`: imports known to have no row on a built-in
 * indicator (checked in the merge worker), whose rows are taken without that check on the page.
 */
function unchecked(
  base: Dataset,
  imports: readonly ImportedData[],
  clean: ReadonlySet<string> = new Set(),
): unknown {
  const builtIn = new Set(base.indicators.map((i) => i.id));
  const taken = new Set(builtIn);
  const indicators = [...base.indicators];
  const own: Observation[][] = [];
  const sources = [...base.sources];
  const surveys = [...base.surveys];
  const concepts = base.concepts.some((c) => c.id === OWN_CONCEPT.id)
    ? base.concepts
    : [...base.concepts, OWN_CONCEPT];
  const aggregates = new Set(base.countries.filter((c) => c.aggregate).map((c) => c.code));
  for (const data of imports) {
    const surveyId = `my-${data.id}`.toLowerCase();
    surveys.push(...(data.surveys ?? [ownSurvey(surveyId, data.fileName, data.observations, aggregates)]));
    for (const indicator of data.indicators) {
      if (!taken.has(indicator.id)) {
        // Imports stored before surveys existed carry a sourceId instead of surveyId and concept.
        indicators.push({
          ...indicator,
          surveyId: indicator.surveyId ?? surveyId,
          concept: indicator.concept ?? OWN_CONCEPT.id,
        });
        taken.add(indicator.id);
      }
    }
    sources.push(...data.sources);
    // An own row never lands on a published indicator, whatever the record says.
    own.push(
      clean.has(data.id) ? data.observations : data.observations.filter((o) => !builtIn.has(o.indicator)),
    );
  }
  return { ...base, surveys, concepts, indicators, sources, observations: base.observations.concat(...own) };
}

/** The merge, or why it failed in words (the first problem zod found, with its place). */
function tryMerge(
  base: Dataset,
  imports: readonly ImportedData[],
): { ok: true; merged: Dataset } | { ok: false; reason: string } {
  if (imports.length === 0) return { ok: true, merged: base };
  const parsed = z.safeParse(datasetSchema, unchecked(base, imports));
  if (parsed.success) return { ok: true, merged: parsed.data };
  const first = parsed.error.issues[0];
  return {
    ok: false,
    reason: first ? `${first.path.join('.')}: ${first.message}` : 'not of the expected shape',
  };
}

/**
 * The merge of imports whose merge `mergeEach` already checked (in a worker: mergeWorker.ts), without
 * checking the 50,000 rows of a large file again on the main thread.
 */
export function mergeChecked(
  base: Dataset,
  imports: readonly ImportedData[],
  clean?: ReadonlySet<string>,
): Dataset {
  return imports.length === 0 ? base : (unchecked(base, imports, clean) as Dataset);
}

/** The merge worker's answer (mergeWorker.ts): the imports refused, with why; those with no row on a built-in indicator. */
export interface MergeVerdict {
  refused: { id: string; reason: string }[];
  clean: string[];
}

/** The ids of the imports with no row on a built-in indicator (mergeChecked's `clean`). */
export function withoutBuiltInRows(base: Dataset, imports: readonly ImportedData[]): string[] {
  const builtIn = new Set(base.indicators.map((i) => i.id));
  return imports.filter((d) => d.observations.every((o) => !builtIn.has(o.indicator))).map((d) => d.id);
}

/**
 * The merge that never throws: every import that merges is in, each one that does not is returned
 * with its reason (the caller sets it aside and says so). Never a page stuck on "Loading".
 */
export function mergeEach(
  base: Dataset,
  imports: readonly ImportedData[],
): { merged: Dataset; refused: { data: ImportedData; reason: string }[] } {
  const all = tryMerge(base, imports);
  if (all.ok) return { merged: all.merged, refused: [] };
  let kept: ImportedData[] = [];
  let merged = base;
  const refused: { data: ImportedData; reason: string }[] = [];
  for (const data of imports) {
    const next = tryMerge(base, [...kept, data]);
    if (next.ok) {
      kept = [...kept, data];
      merged = next.merged;
    } else refused.push({ data, reason: next.reason });
  }
  return { merged, refused };
}

export { IMPORT_PREFIX, isImportedIndicator };
