import { strToU8, zipSync } from 'fflate';
import type { PackageFile } from './dataPackage';

/**
 * The package files in one ZIP (fflate, deflate level 9), datapackage.json at the root as
 * Frictionless tools expect; every entry dated `date`.
 */
export function zipPackage(files: readonly PackageFile[], date: Date): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)])), { level: 9, mtime: date });
}
