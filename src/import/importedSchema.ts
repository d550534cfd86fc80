import * as z from 'zod/mini';
import { importedDataSchema } from '../data/importedData';
import { IMPORT_PREFIX } from '../data/ownIds';
import {
  conceptSchema,
  countryCodeSchema,
  indicatorIdSchema,
  MAX_YEAR,
  MIN_YEAR,
  observationSchema,
  sourceIdSchema,
  surveySchema,
} from '../data/schema';
import { type ImportedData, OWN_CONCEPT, ownSurvey } from './parseImport';
import { STORED_FORMAT } from './storedFormat';

/**
 * What importStorage.ts keeps in IndexedDB: the analyst's imports, checked one record at a time
 * when read back, with the rules the merge with the built-in data applies (src/import/parseImport.ts
 * mergeImports), so a record that loads can always be merged. A record that does not read is set
 * aside (never deleted); the others load. Links open only over http(s) (src/data/schema.ts).
 *
 * Stored formats: v1 (until 2026-12) was a bare array of imports, some without `surveys` (and
 * indicators without `surveyId` / `concept`); v2 is `{ version: 2, imports }`, every record complete.
 */
export { STORED_FORMAT };

/** Own indicator ids carry the import prefix, so a stored record can never stand for a built-in one. */
const ownIndicatorId = indicatorIdSchema.check(
  z.refine((id) => id.startsWith(IMPORT_PREFIX), `an own indicator id (starting with ${IMPORT_PREFIX})`),
);

/** A stored import: an ImportedData (data/importedData.ts) with the merge's rules on its fields. */
const storedRecordSchema = z.extend(importedDataSchema, {
  id: sourceIdSchema,
  surveys: z.array(surveySchema).check(z.minLength(1)),
  indicators: z.array(
    z.object({
      id: ownIndicatorId,
      label: z.string().check(z.minLength(1)),
      shortLabel: z.string().check(z.minLength(1)),
      unit: z.literal('percent'),
      description: z.string(),
      surveyId: sourceIdSchema,
      concept: conceptSchema.shape.id,
    }),
  ),
  observations: z.array(
    z.extend(observationSchema, {
      country: countryCodeSchema,
      indicator: ownIndicatorId,
      year: z.int().check(z.gte(MIN_YEAR), z.lte(MAX_YEAR)),
    }),
  ),
});

export interface SetAsideRecord {
  /** What the notice calls it: its file name, or its place in the stored list. */
  label: string;
  /** Why it could not be read, in words. */
  reason: string;
  setAsideAt: string;
  /** The record as it was stored. */
  record: unknown;
}

export interface ReadResult {
  imports: ImportedData[];
  setAside: SetAsideRecord[];
  /** True when what is stored should be written back in the current format (migrated or repaired). */
  rewrite: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

const AVERAGE_CODE = /^EU\d{2}$/;

/**
 * A v1 record brought to v2: its survey (derived when it was stored without one), each indicator's
 * survey and concept. An id the merge cannot use (`Pasted Text 2026`, changed by hand or by an older
 * version) is repaired rather than the record lost: the data under it are intact.
 */
function migrateRecord(raw: Record<string, unknown>, taken: Set<string>): Record<string, unknown> {
  let id = typeof raw.id === 'string' ? raw.id : '';
  if (!z.safeParse(sourceIdSchema, id).success) id = slug(id) || 'import';
  while (taken.has(id)) id = `${id}-2`;
  const fileName = typeof raw.fileName === 'string' ? raw.fileName : id;
  const observations = Array.isArray(raw.observations) ? raw.observations : [];
  let surveys = raw.surveys;
  if (!Array.isArray(surveys) || surveys.length === 0) {
    const years = observations.filter(isObject).filter((o) => typeof o.year === 'number');
    const aggregates = new Set(
      years.map((o) => o.country).filter((c): c is string => typeof c === 'string' && AVERAGE_CODE.test(c)),
    );
    surveys = [ownSurvey(`my-${id}`, fileName, years as never, aggregates)];
  }
  const surveyIds = new Set((surveys as unknown[]).filter(isObject).map((s) => s.id));
  const firstSurvey = (surveys as unknown[]).filter(isObject)[0]?.id;
  const indicators = Array.isArray(raw.indicators)
    ? raw.indicators.map((i) =>
        isObject(i)
          ? {
              ...i,
              surveyId: surveyIds.has(i.surveyId) ? i.surveyId : firstSurvey,
              concept: i.concept ?? OWN_CONCEPT.id,
            }
          : i,
      )
    : raw.indicators;
  return { ...raw, id, surveys, indicators };
}

/** Why a record of the current shape still could not be merged: a reference to nothing. */
function danglingReference(record: z.infer<typeof storedRecordSchema>): string | null {
  const surveys = new Set(record.surveys.map((s) => s.id));
  const indicators = new Set(record.indicators.map((i) => i.id));
  const sources = new Set(record.sources.map((s) => s.id));
  const indicator = record.indicators.find((i) => !surveys.has(i.surveyId));
  if (indicator) return `indicator ${indicator.id} names a survey the record does not hold`;
  const observation = record.observations.find(
    (o) => !indicators.has(o.indicator) || !sources.has(o.sourceId),
  );
  if (observation)
    return `a row of ${observation.country}, ${observation.indicator}, ${observation.year} names an indicator or source the record does not hold`;
  return null;
}

function labelOf(raw: unknown, position: number): string {
  if (isObject(raw) && typeof raw.fileName === 'string' && raw.fileName.trim() !== '')
    return raw.fileName.slice(0, 120);
  return `stored import ${position + 1}`;
}

/** Checks one stored record (migrated from v1 first when `migrate`): the import, or why not. */
export function readStoredRecord(
  raw: unknown,
  migrate: boolean,
  taken: Set<string> = new Set(),
): { ok: true; data: ImportedData; changed: boolean } | { ok: false; reason: string } {
  if (!isObject(raw)) return { ok: false, reason: 'it is not a record of imported data' };
  const candidate = migrate ? migrateRecord(raw, taken) : raw;
  const parsed = z.safeParse(storedRecordSchema, candidate);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || 'the record';
    return { ok: false, reason: `${where}: ${first?.message ?? 'not of the expected shape'}` };
  }
  const dangling = danglingReference(parsed.data);
  if (dangling) return { ok: false, reason: dangling };
  return { ok: true, data: parsed.data, changed: candidate !== raw };
}

/**
 * Reads what IndexedDB holds (v1 array or v2 object): every record that reads is kept, every one
 * that does not is set aside with its reason. Something that is not a list of imports at all is set
 * aside whole.
 */
export function readStoredImports(raw: unknown, now = new Date()): ReadResult {
  const at = now.toISOString();
  const v1 = Array.isArray(raw);
  const v2 = isObject(raw) && raw.version === STORED_FORMAT && Array.isArray(raw.imports);
  if (!v1 && !v2) {
    const version = isObject(raw) && 'version' in raw ? ` (format ${String(raw.version)})` : '';
    return {
      imports: [],
      setAside: [
        {
          label: 'your stored imports',
          reason: `this version cannot read what was stored${version}`,
          setAsideAt: at,
          record: raw,
        },
      ],
      rewrite: true,
    };
  }
  const records = (v1 ? raw : (raw.imports as unknown[])) as unknown[];
  const imports: ImportedData[] = [];
  const setAside: SetAsideRecord[] = [];
  const taken = new Set<string>();
  let rewrite = v1;
  records.forEach((record, position) => {
    // v2 records were complete when written; one changed since (by hand, by another version) is
    // read as v1, which repairs what can be repaired.
    let read = readStoredRecord(record, v1, taken);
    if (!read.ok && !v1) read = readStoredRecord(record, true, taken);
    if (read.ok && !taken.has(read.data.id)) {
      taken.add(read.data.id);
      imports.push(read.data);
      if (read.changed) rewrite = true;
    } else {
      rewrite = true;
      setAside.push({
        label: labelOf(record, position),
        reason: read.ok ? 'another stored import has the same id' : read.reason,
        setAsideAt: at,
        record,
      });
    }
  });
  return { imports, setAside, rewrite };
}

/** The value written to IndexedDB. */
export function storedValue(imports: readonly ImportedData[]): { version: number; imports: ImportedData[] } {
  return { version: STORED_FORMAT, imports: [...imports] };
}
