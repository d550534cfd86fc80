/** Ids of the analyst's own indicators carry this prefix, so they never replace a published figure. */
export const IMPORT_PREFIX = 'my_';

export function isImportedIndicator(id: string): boolean {
  return id.startsWith(IMPORT_PREFIX);
}
