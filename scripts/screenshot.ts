/** Screenshots a page of the running app: npx tsx scripts/screenshot.ts URL OUT.png [width] [height] */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';

const [url = 'http://localhost:5173/', out = 'screenshot.png', width = '1400', height = '900'] =
  process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.waitForSelector('.chart-svg, table.data-table, [role=alert]', { timeout: 15000 });
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
console.log(out);
