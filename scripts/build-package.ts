/**
 * Writes public/data/epsos-indicators-data.zip: the whole dataset as a Frictionless Data Package
 * (src/share/dataPackage.ts). Runs after build-data.ts in `npm run data` (so before dev, build
 * and tests) and reads what that wrote; the ZIP is generated, like the rest of public/data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { datasetSchema } from '../src/data/schema';
import { citeView } from '../src/share/citation';
import { buildDataPackage } from '../src/share/dataPackage';
import { FULL_PACKAGE_FILE, FULL_PACKAGE_TITLE } from '../src/share/fullPackage';
import { zipPackage } from '../src/share/packageZip';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'public', 'data');
const dataset = datasetSchema.parse(JSON.parse(readFileSync(join(outDir, 'indicators.json'), 'utf8')));
const now = new Date();
/** Where the dashboard is published, for the citation; without it the citation names no address. */
const homepage = process.env.EPSOS_HOMEPAGE || undefined;
const files = buildDataPackage(dataset, {
  name: 'epsos-indicators',
  title: FULL_PACKAGE_TITLE,
  description:
    'Every figure of epSOS Indicators: the share of general practitioners using a computer, the Internet, ' +
    'electronic patient records and further eHealth services, by country, as published by the surveys and ' +
    'publications listed, with the place in each publication.',
  citation: citeView({
    title: FULL_PACKAGE_TITLE,
    surveys: dataset.surveys.map((s) => s.title),
    url: homepage ?? null,
    accessed: now,
  }),
  created: now,
  homepage,
  dashboard: homepage,
});
const zip = zipPackage(files, now);
const target = join(outDir, FULL_PACKAGE_FILE);
writeFileSync(target, zip);
console.log(`build-package: ${files.length} files, ${zip.length} bytes → ${relative(root, target)}`);
