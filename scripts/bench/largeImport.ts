/**
 * `npx tsx scripts/bench/largeImport.ts [kind…]`: only the bench's large-import section, on dist/
 * (built if missing; another build with LARGE_IMPORT_DIST=folder), printed as a table. For a quick
 * look while working on it.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHART_KINDS, type ChartKind } from '../../src/data/chartRegistry';
import type { Dataset } from '../../src/data/schema';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browser';
import { largeImportSection } from './largeImportSection';
import { printReport } from './report';
import { serveBuild } from './serve';

const root = join(import.meta.dirname, '..', '..');
const dist = process.env.LARGE_IMPORT_DIST ?? join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
const kinds = process.argv
  .slice(2)
  .filter((k): k is ChartKind => (CHART_KINDS as readonly string[]).includes(k));
const dataset = JSON.parse(readFileSync(join(dist, 'data', 'indicators.json'), 'utf8')) as Dataset;
const { url, server } = await serveBuild(process.env.LARGE_IMPORT_DIST);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  await largeImportSection(
    browser,
    url,
    dataset,
    { cpuThrottle: 4, viewport: { width: 1400, height: 900 } },
    kinds.length > 0 ? kinds : CHART_KINDS,
  );
} finally {
  await browser.close();
  await server.close();
}
printReport([`large import, ${browser.version()}`]);
