import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * importStorage.ts against an IndexedDB that never answers (blocked by another tab) and errors of
 * the browser's storage: the wait ends with a message, every error is said in words.
 */
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('importStorage', () => {
  it('an IndexedDB that never answers: loadImports rejects after the wait, with a message', async () => {
    // A request whose callbacks never fire, as a database blocked by an upgrade in another tab.
    vi.stubGlobal('indexedDB', { open: () => ({}) });
    vi.useFakeTimers();
    const { loadImports } = await import('../../src/import/importStorage');
    const result = loadImports(8000).then(
      () => 'loaded',
      (e: Error) => e.message,
    );
    await vi.advanceTimersByTimeAsync(8001);
    expect(await result).toBe("the browser's storage did not answer within 8 s");
  });

  it('names the error (QuotaExceededError, NotFoundError) with its message', async () => {
    const { describeStorageError } = await import('../../src/import/importStorage');
    expect(describeStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(
      'QuotaExceededError: The quota has been exceeded.',
    );
    expect(describeStorageError(new Error('plain'))).toBe('plain');
    expect(describeStorageError('odd')).toBe('odd');
  });

  it('without IndexedDB (some private modes), a save is refused in words, not swallowed', async () => {
    const { changeImports } = await import('../../src/import/importStorage');
    await expect(changeImports({})).rejects.toThrow(
      'this browser offers no storage (IndexedDB) to this page',
    );
  });
});
