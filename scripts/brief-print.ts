/**
 * Prints a country brief of the running app to PDF (Chromium's own, A4, tagged, with an outline, the
 * page's language and title: scripts/lib/briefPdf.ts) and renders one page as PNG
 * with poppler's pdftoppm, for the README:
 *   npx tsx scripts/brief-print.ts http://localhost:4173/?brief=FR docs/brief-print.png [page] [dpi]
 * The brief's link printed in it is the URL given.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';
import { briefPdf } from './lib/briefPdf';

const [url = 'http://localhost:4173/?brief=FR', out = 'brief-print.png', page = '1', dpi = '90'] =
  process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const tab = await browser.newPage();
tab.on('pageerror', (e) => console.error('pageerror:', e.message));
await tab.goto(url);
await tab.waitForSelector('.brief-profile .profile-section, .brief-no-profile', { timeout: 15000 });
const dir = mkdtempSync(join(tmpdir(), 'brief-print-'));
const pdf = join(dir, 'brief.pdf');
writeFileSync(pdf, await briefPdf(tab));
await browser.close();
const pages = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];
execFileSync('pdftoppm', ['-png', '-r', dpi, '-f', page, '-l', page, '-singlefile', pdf, join(dir, 'page')]);
renameSync(join(dir, 'page.png'), out);
console.log(`${out}: page ${page} of ${pages} (${pdf})`);
