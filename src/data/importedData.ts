import * as z from 'zod/mini';
import { indicatorSchema, observationSchema, sourceSchema, surveySchema } from './schema';

/**
 * An analyst's own file read into a fragment of the dataset, which merges with the built-in data:
 * import/parseImport.ts makes it from a CSV, share/fragment.ts from a `#data=` link, and
 * import/importedSchema.ts checks a stored one with stricter rules built on this schema.
 */
export const importedDataSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  importedAt: z.string(),
  /** One survey per file: yours. Absent in imports stored before surveys existed (see mergeImports). */
  surveys: z.optional(z.array(surveySchema)),
  indicators: z.array(indicatorSchema),
  sources: z.array(sourceSchema),
  observations: z.array(observationSchema),
});

export type ImportedData = z.infer<typeof importedDataSchema>;
