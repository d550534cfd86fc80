import * as z from 'zod/mini';
import { indicatorSchema, observationSchema, sourceSchema } from '../data/schema';

/** What importStorage.ts keeps in IndexedDB: the analyst's imports, checked when read back. */
export const importedSchema = z.array(
  z.object({
    id: z.string(),
    fileName: z.string(),
    importedAt: z.string(),
    indicators: z.array(indicatorSchema),
    sources: z.array(sourceSchema),
    observations: z.array(observationSchema),
  }),
);
