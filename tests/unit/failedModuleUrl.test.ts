import { describe, expect, it } from 'vitest';
import { failedModuleUrl, retryUrl } from '../../src/ui/failedModuleUrl';

const ORIGIN = 'https://dash.test';
const CHUNK = 'https://dash.test/epsos/assets/MultiPickerPanel-BYN83ebF.js';

describe('failedModuleUrl', () => {
  it('reads the file from the errors of Chromium and Firefox', () => {
    expect(
      failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`), ORIGIN),
    ).toBe(CHUNK);
    expect(
      failedModuleUrl(new TypeError(`error loading dynamically imported module: ${CHUNK}`), ORIGIN),
    ).toBe(CHUNK);
  });

  it('drops the query of a failed retry, so the next one counts on from the file itself', () => {
    const error = new TypeError(`Failed to fetch dynamically imported module: ${retryUrl(CHUNK, 2)}`);
    expect(failedModuleUrl(error, ORIGIN)).toBe(CHUNK);
    expect(retryUrl(CHUNK, 3)).toBe(`${CHUNK}?retry=3`);
  });

  it('gives null where the error names no script of this origin (Safari, another site, not a script)', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'), ORIGIN)).toBeNull();
    expect(
      failedModuleUrl(
        new TypeError('Failed to fetch dynamically imported module: https://evil.test/x.js'),
        ORIGIN,
      ),
    ).toBeNull();
    expect(failedModuleUrl(new Error(`could not read ${ORIGIN}/data/indicators.json`), ORIGIN)).toBeNull();
    expect(failedModuleUrl('not an error', ORIGIN)).toBeNull();
    expect(failedModuleUrl(new Error('https://dash.test.evil.test/x.js'), ORIGIN)).toBeNull();
  });

  it('takes a file named in a sentence, without the full stop', () => {
    expect(failedModuleUrl(new Error(`Loading ${CHUNK}.`), ORIGIN)).toBe(CHUNK);
  });
});
