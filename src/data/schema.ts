import { z } from 'zod';

/** Schema of `/data/indicators.json`, the public data contract (ARCHITECTURE.md §3). */

export const countryCodeSchema = z
  .string()
  .regex(/^(?:[A-Z]{2}|EU27)$/, 'a country code (ISO alpha-2 or EU27)');
export const indicatorIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'an indicator id (lower-case letters, digits and _)');
export const sourceIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a source id (lower-case, digits, -)');

export const sourceSchema = z.object({
  id: sourceIdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  url: z.url().nullable(),
  notes: z.string().nullable(),
});

export const indicatorSchema = z.object({
  id: indicatorIdSchema,
  label: z.string().min(1),
  shortLabel: z.string().min(1),
  unit: z.literal('percent'),
  description: z.string(),
  sourceId: sourceIdSchema,
});

export const countrySchema = z.object({
  code: countryCodeSchema,
  name: z.string().min(1),
  epsos: z.boolean().optional(),
  aggregate: z.boolean().optional(),
  isoNumeric: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  profile: z.boolean().optional(),
});

export const percentSchema = z.number().min(0).max(100);

export const observationSchema = z.object({
  country: countryCodeSchema,
  indicator: indicatorIdSchema,
  year: z.number().int().min(1990).max(2100),
  value: percentSchema.nullable(),
  sourceId: sourceIdSchema,
  where: z.string().nullable().optional(),
  note: z.string().nullable(),
});

export const datasetSchema = z.object({
  schemaVersion: z.literal(1),
  sources: z.array(sourceSchema),
  indicators: z.array(indicatorSchema),
  countries: z.array(countrySchema),
  observations: z.array(observationSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

export const EU_AVERAGE = 'EU27';
