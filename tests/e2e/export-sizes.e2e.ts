import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { startBrowser, waitForChart } from './harness';

/** Export sizes (issue 21.6) and series patterns past the palette (issue 17.6), in Chromium. */
const browser = startBrowser();

/** Seven indicators: the seventh takes the first colour with a pattern. */
const SEVEN = 'computer,internet,epr,broadband,consultation,eprescribing,lab_results';
const VIEW = `/?countries=FR,DE,DK,IT&indicators=${SEVEN}&chart=bars`;
const RSVG = '/usr/bin/rsvg-convert';

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  expect(await file.failure()).toBeNull();
  return file.path();
}

/** The smallest font size in px of any text of the SVG (a text without one inherits from its group). */
function smallestFontSize(svg: string): number {
  const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  return Math.min(...sizes);
}

describe('export sizes', () => {
  it('A4 column: the SVG is 16 cm wide, its smallest text 8 pt or more, and librsvg renders it', async () => {
    const { page, errors } = await browser.open(VIEW);
    await waitForChart(page);
    const select = page.getByRole('combobox', { name: 'Export size' });
    expect(await select.locator('option').allTextContents()).toEqual([
      'Screen',
      'A4 column (16 cm)',
      'Slide (16:9, 33.9 cm)',
    ]);
    await select.selectOption({ label: 'A4 column (16 cm)' });
    const svg = readFileSync(await download(page, 'Download SVG'), 'utf8');
    const root = svg.match(/<svg [^>]*>/)?.[0] ?? '';
    expect(root).toContain('width="160mm"');
    const viewBoxWidth = Number(root.match(/viewBox="0 0 ([\d.]+) /)?.[1]);
    expect(viewBoxWidth).toBe(623);
    const pt = (smallestFontSize(svg) * (160 / 25.4) * 72) / viewBoxWidth;
    expect(pt).toBeGreaterThanOrEqual(8);
    // Every url(#…) the file uses (hatching, series patterns, the legend's swatches) is defined in it.
    const ids = new Set([...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(refs).toContain('series-pattern-6');
    for (const ref of refs) expect(ids.has(ref)).toBe(true);
    // Said once the export's promise settles: a render after the download has begun.
    await expect
      .poll(() => page.locator('.export-status').textContent())
      .toBe('SVG downloaded (A4 column (16 cm))');

    // librsvg (Inkscape's and many converters' renderer) draws it at 16 cm, 300 dpi: 1,890 px across.
    // scripts/ensure-chromium.sh installs it; a machine without it fails here instead of skipping.
    expect(existsSync(RSVG), `${RSVG} (Debian: librsvg2-bin)`).toBe(true);
    const rendered = execFileSync(RSVG, ['--dpi-x', '300', '--dpi-y', '300', '--format', 'png'], {
      input: svg,
    });
    const image = PNG.sync.read(rendered);
    expect(image.width).toBe(1890);
    expect(image.height).toBeGreaterThan(600);

    const pngBytes = readFileSync(await download(page, 'Download PNG'));
    const png = PNG.sync.read(pngBytes);
    expect(png.width).toBe(1890);
    // It says 300 dpi (pHYs, pixels per metre), so Word inserts it 16 cm wide.
    const phys = pngBytes.indexOf('pHYs');
    expect(phys).toBeGreaterThan(0);
    // 1,890 px across 160 mm: 300.04 dpi, 11,813 px per metre (300 dpi exactly: 11,811).
    expect(Math.abs(pngBytes.readUInt32BE(phys + 4) - 11811)).toBeLessThan(5);
    expect(pngBytes[phys + 12]).toBe(1);
    expect(png.height).toBe(
      Math.floor((Number(root.match(/viewBox="0 0 [\d.]+ ([\d.]+)"/)?.[1]) * 1890) / 623 + 1e-6),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Screen keeps the chart as drawn, in px; Slide lays it out at 1,320 px for 33.9 cm', async () => {
    const { page } = await browser.open(VIEW);
    await waitForChart(page);
    const screen = readFileSync(await download(page, 'Download SVG'), 'utf8');
    expect(screen.match(/<svg [^>]*>/)?.[0]).not.toMatch(/mm"/);
    await page
      .getByRole('combobox', { name: 'Export size' })
      .selectOption({ label: 'Slide (16:9, 33.9 cm)' });
    const slide = readFileSync(await download(page, 'Download SVG'), 'utf8');
    const root = slide.match(/<svg [^>]*>/)?.[0] ?? '';
    expect(root).toContain('width="338.67mm"');
    expect(root).toMatch(/viewBox="0 0 1320 /);
    // The off-screen drawing is gone again, and the chart on screen is untouched.
    expect(await page.locator('svg[role="img"]').count()).toBe(1);
    await page.close();
  });
});
