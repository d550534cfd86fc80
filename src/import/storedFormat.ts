/** The format of the stored imports (importStorage.ts writes it, importedSchema.ts reads it): v2 is `{ version: 2, imports }`. */
export const STORED_FORMAT = 2;
