import * as z from 'zod/mini';

/** Years a figure may carry: the survey era to the foreseeable future. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/**
 * Schema of `/data/indicators.json`, the public data contract (docs/ARCHITECTURE.md §3). Written with
 * zod/mini, zod's tree-shakable form: the same validation at a fraction of the script size.
 */

export const countryCodeSchema = z
  .string()
  .check(
    z.regex(/^(?:[A-Z]{2}|EU\d{2})$/, 'a country code (ISO alpha-2, or EU27 / EU15 / EU28 for an average)'),
  );
/** Codes of the survey-wide averages a survey may publish. */
export const referenceCodeSchema = z
  .string()
  .check(z.regex(/^EU\d{2}$/, 'an average code (EU27, EU15, EU28)'));
export const indicatorIdSchema = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9_]*$/, 'an indicator id (lower-case letters, digits and _)'));
export const sourceIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'a source id (lower-case, digits, -)'));

const yearSchema = z.int().check(z.gte(MIN_YEAR), z.lte(MAX_YEAR));
const textSchema = z.string().check(z.minLength(1));
/** A link a reader may follow: http(s) only, never `javascript:`, `data:` or a local file. */
export const webUrlSchema = z.url({ protocol: /^https?$/ });

export const sourceSchema = z.object({
  id: sourceIdSchema,
  title: textSchema,
  publisher: textSchema,
  /** Year of publication; null when the copy we read does not show it (never guessed). */
  year: z.nullable(yearSchema),
  url: z.nullable(webUrlSchema),
  notes: z.nullable(z.string()),
});

/**
 * A survey: who asked whom what, and when (docs/ARCHITECTURE.md §3a). Its indicators are its questions;
 * `reference` is the average it published (or null), `waves` its fieldwork years.
 */
export const surveySchema = z.object({
  id: sourceIdSchema,
  title: textSchema,
  shortTitle: textSchema,
  /** A few words for legends: "Commonwealth Fund", "empirica 2007". */
  shortName: textSchema,
  producer: textSchema,
  base: textSchema,
  question: z.nullable(z.string()),
  waves: z.array(yearSchema).check(z.minLength(1)),
  reference: z.nullable(referenceCodeSchema),
  /** The survey's own publication in SOURCES.json (its producer's report or release), when we hold one:
   * the source line names it first. */
  report: z.optional(z.nullable(sourceIdSchema)),
  url: z.nullable(webUrlSchema),
  method: z.nullable(z.string()),
});

export const conceptSchema = z.object({
  id: sourceIdSchema,
  label: textSchema,
});

export const indicatorSchema = z.object({
  id: indicatorIdSchema,
  label: textSchema,
  shortLabel: textSchema,
  unit: z.literal('percent'),
  description: z.string(),
  surveyId: sourceIdSchema,
  concept: sourceIdSchema,
});

export const countrySchema = z.object({
  code: countryCodeSchema,
  name: textSchema,
  epsos: z.optional(z.boolean()),
  aggregate: z.optional(z.boolean()),
  isoNumeric: z.optional(z.string().check(z.regex(/^\d{3}$/))),
  profile: z.optional(z.boolean()),
});

export const percentSchema = z.number().check(z.gte(0), z.lte(100));

/**
 * How a publication's wording fits the indicator's definition (README, Data: conflicts): `exact`,
 * it prints what the definition says (same measure, same base); `partial`, its wording or base is
 * broader, narrower or not stated. A row without a fit has not been assessed. When publications of
 * one wave disagree, the best fit is shown (exact, then not assessed, then partial); source order
 * only breaks ties.
 */
export const FITS = ['exact', 'partial'] as const;
export const fitSchema = z.enum(FITS);
export type Fit = z.infer<typeof fitSchema>;

export const observationSchema = z.object({
  country: countryCodeSchema,
  indicator: indicatorIdSchema,
  year: yearSchema,
  value: z.nullable(percentSchema),
  sourceId: sourceIdSchema,
  where: z.optional(z.nullable(z.string())),
  note: z.nullable(z.string()),
  /** The unit the publication rounded to, when coarser than its digits say ("50 percent" in prose: 10). */
  precision: z.optional(z.number().check(z.positive())),
  /** How the wording as printed fits the indicator's definition; absent when not assessed. */
  fit: z.optional(fitSchema),
  /** Why: the wording as printed and its base, e.g. "prints 'digitalisiert' (any degree); base not stated". */
  fitNote: z.optional(z.string().check(z.minLength(1))),
});

export const datasetSchema = z.object({
  schemaVersion: z.literal(2),
  /** The day `npm run data` wrote the file (UTC, YYYY-MM-DD): the brief's date, the data packages' `version`. */
  built: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date (YYYY-MM-DD)'))),
  surveys: z.array(surveySchema),
  concepts: z.array(conceptSchema),
  sources: z.array(sourceSchema),
  indicators: z.array(indicatorSchema),
  countries: z.array(countrySchema),
  observations: z.array(observationSchema),
});

export type Survey = z.infer<typeof surveySchema>;
export type Concept = z.infer<typeof conceptSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
