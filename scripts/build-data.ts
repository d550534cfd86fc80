/**
 * Normalizes data/ into public/data/: indicators.json (the public data contract), one JSON per
 * narrative profile, and the map geometry. Fails with every problem as file:line when input is bad.
 * Run by predev, prebuild and pretest; the generated files are never edited by hand.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { buildDataset, DataBuildError } from './lib/buildDataset';
import { europeTopology } from './lib/europeGeometry';
import { parseProfile } from './lib/parseProfile';

const root = join(import.meta.dirname, '..');
/** `--data DIR` and `--out DIR` let tests and benchmarks build fixtures the same way. */
function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  return value ? resolve(value) : fallback;
}
const dataDir = argument('--data', join(root, 'data'));
const outDir = argument('--out', join(root, 'public', 'data'));
const rel = (path: string) => relative(root, path);
const read = (path: string) => ({ file: rel(path), text: readFileSync(path, 'utf8') });

function main() {
  const sourcesDir = join(dataDir, 'sources');
  const csvFiles = readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => ({ ...read(join(sourcesDir, name)), sourceId: basename(name, '.csv') }));
  const countriesInput = read(join(dataDir, 'countries.json'));
  const countryNames = new Map<string, string>(
    (JSON.parse(countriesInput.text) as { code: string; name: string }[]).map((c) => [c.code, c.name]),
  );

  const profileDir = join(dataDir, 'profiles');
  const profileResults = readdirSync(profileDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => parseProfile({ ...read(join(profileDir, name)), countries: countryNames }));
  const profileProblems = profileResults.flatMap((r) => r.problems);

  let dataset: ReturnType<typeof buildDataset>;
  try {
    dataset = buildDataset({
      surveys: read(join(dataDir, 'surveys.json')),
      concepts: read(join(dataDir, 'concepts.json')),
      sources: read(join(sourcesDir, 'SOURCES.json')),
      indicators: read(join(dataDir, 'indicator-definitions.json')),
      countries: countriesInput,
      ...(existsSync(join(dataDir, 'country-names.json'))
        ? { countryNames: read(join(dataDir, 'country-names.json')) }
        : {}),
      csvFiles,
      profileCountries: new Set(profileResults.flatMap((r) => (r.profile ? [r.profile.country] : []))),
    });
  } catch (error) {
    if (error instanceof DataBuildError) throw new DataBuildError([...error.problems, ...profileProblems]);
    throw error;
  }
  if (profileProblems.length > 0) throw new DataBuildError(profileProblems);

  // Files are overwritten in place (the dev server keeps serving them); stale profiles are removed.
  mkdirSync(join(outDir, 'profiles'), { recursive: true });
  const current = new Set(profileResults.flatMap((r) => (r.profile ? [`${r.profile.country}.json`] : [])));
  for (const name of readdirSync(join(outDir, 'profiles'))) {
    if (!current.has(name)) rmSync(join(outDir, 'profiles', name));
  }
  // The day of the build (the brief prints it; the data packages' version); SOURCE_DATE_EPOCH
  // (seconds) fixes it for a reproducible build.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const builtOn = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
  const { schemaVersion, ...rest } = dataset;
  const output = { schemaVersion, built: builtOn.toISOString().slice(0, 10), ...rest };
  writeFileSync(join(outDir, 'indicators.json'), `${JSON.stringify(output, null, 1)}\n`);
  for (const { profile } of profileResults) {
    if (profile) writeFileSync(join(outDir, 'profiles', `${profile.country}.json`), JSON.stringify(profile));
  }
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-50m.json') as Topology;
  writeFileSync(join(outDir, 'europe.topo.json'), JSON.stringify(europeTopology(topology)));
  // The GeoJSON of earlier builds (336 KB) is no longer served.
  rmSync(join(outDir, 'europe.geo.json'), { force: true });
  const counted = (key: 'country' | 'indicator') => new Set(dataset.observations.map((o) => o[key])).size;
  console.log(
    `build-data: ${dataset.observations.length} observations (${dataset.observations.filter((o) => o.value === null).length} without value), ` +
      `${counted('country')} countries, ${counted('indicator')} indicators, ${dataset.surveys.length} surveys, ${dataset.sources.length} sources, ` +
      `${profileResults.length} profiles → ${rel(outDir)}`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
