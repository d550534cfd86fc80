import { join } from 'node:path';

/** What every section of `npm run bench` shares: runs per measurement, the throttling, the page size. */

export const RUNS = {
  lighthouse: 3,
  firstChart: 5,
  perKind: 3,
  interaction: 5,
  export: 3,
  importParse: 7,
  importBrowser: 3,
  viewPackage: 3,
} as const;
export const CPU_THROTTLE = 4;
export const VIEWPORT = { width: 1400, height: 900 };
export const NARROW_WIDTH = 1000;
export const SYNTHETIC_COUNT = 250;
/** The shared link of issue 11: another view than the prerendered default one. */
export const DEEP_LINK = '?countries=FR,DE,DK,NL,SE&indicators=computer,internet,epr&chart=gap&profile=DE';

export const root = join(import.meta.dirname, '..', '..');
/** The bench's own build, never dist/ (which the browser tests use). */
export const outDirRelative = join('.bench', 'dist');
export const outDir = join(root, outDirRelative);
