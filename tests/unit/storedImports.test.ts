import { describe, expect, it } from 'vitest';
import { readStoredImports } from '../../src/import/importedSchema';

/** What importStorage.ts reads back from IndexedDB: kept when it has this version's shape, else dropped. */
const stored = [
  {
    id: 'own-1',
    fileName: 'survey.csv',
    importedAt: '2026-11-29T10:00:00.000Z',
    indicators: [],
    sources: [],
    observations: [],
  },
];

describe('readStoredImports', () => {
  it('returns stored imports of the current shape as they are', () => {
    expect(readStoredImports(stored)).toEqual(stored);
  });

  it('returns null for anything else, so the caller drops it instead of breaking the dashboard', () => {
    expect(readStoredImports([{ ...stored[0], observations: 'none' }])).toBeNull();
    expect(readStoredImports({ imports: stored })).toBeNull();
    expect(readStoredImports([{ id: 'own-1' }])).toBeNull();
  });
});
