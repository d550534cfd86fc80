import * as z from 'zod/mini';
import { indicatorSchema, observationSchema, sourceSchema } from '../data/schema';

/** What importStorage.ts keeps in IndexedDB: the analyst's imports, checked when read back. */
const importedSchema = z.array(
  z.object({
    id: z.string(),
    fileName: z.string(),
    importedAt: z.string(),
    indicators: z.array(indicatorSchema),
    sources: z.array(sourceSchema),
    observations: z.array(observationSchema),
  }),
);

/** The stored imports, or null when what is stored does not match this version's shape. */
export function readStoredImports(raw: unknown): z.infer<typeof importedSchema> | null {
  const parsed = z.safeParse(importedSchema, raw);
  return parsed.success ? parsed.data : null;
}
