import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';

/**
 * A data package as the Frictionless reference implementation (`datapackage` on npm) reads it: the
 * descriptor validated against its profile, then every table read with its types cast, its primary key
 * checked and its foreign keys resolved. The library reads files, so the package is written to a
 * temporary folder first (Node only: unit tests and the browser tests' downloads).
 */
export interface FrictionlessReport {
  /** Every error, as readable lines; [] for a package the library accepts. */
  errors: string[];
  /** Rows read, by table. */
  rows: Record<string, number>;
}

function messages(error: unknown): string[] {
  const { message, errors } = error as { message: string; errors?: { message: string }[] };
  return errors && errors.length > 0 ? errors.map((e) => e.message) : [message];
}

export async function readWithFrictionless(files: ReadonlyMap<string, string>): Promise<FrictionlessReport> {
  const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
  try {
    for (const [path, text] of files) writeFileSync(join(dir, path), text);
    const dataPackage = await Package.load(join(dir, 'datapackage.json'));
    const errors = dataPackage.errors.flatMap((e) => messages(e).map((m) => `descriptor: ${m}`));
    const rows: Record<string, number> = {};
    for (const resource of dataPackage.resources) {
      if (!resource.tabular) {
        errors.push(`resource ${resource.name}: not tabular`);
        continue;
      }
      try {
        rows[resource.name] = (await resource.read({ relations: true, cast: true })).length;
      } catch (error) {
        errors.push(...messages(error).map((m) => `resource ${resource.name}: ${m}`));
      }
    }
    return { errors, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
