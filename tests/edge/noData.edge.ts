import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWranglerDev, type WranglerDev } from '../../scripts/lib/wranglerDev';
import { startBrowser } from '../e2e/harness';

/**
 * Bad input at the edge: the data file cannot be read. A copy of the build without
 * data/indicators.json, served by its own wrangler pages dev: the static page goes out (never a
 * 500), and the browser shows its own error with Retry.
 */
const browser = startBrowser();
const root = resolve(import.meta.dirname, '..', '..');
let site = '';
let server: WranglerDev;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'epsos-nodata-'));
  cpSync(join(root, 'dist'), join(site, 'dist'), { recursive: true });
  rmSync(join(site, 'dist', 'data', 'indicators.json'));
  cpSync(join(root, 'wrangler.jsonc'), join(site, 'wrangler.jsonc'));
  symlinkSync(join(root, 'functions'), join(site, 'functions'));
  symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'));
  server = await startWranglerDev({ root, cwd: site });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  rmSync(site, { recursive: true, force: true });
});

describe('without its data file', () => {
  it('sends the static page and the browser shows its error with Retry', async () => {
    const link = `${server.url}/?countries=FR,DE&indicators=computer&chart=bars`;
    const response = await fetch(link);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('x-edge-render')).toBe('fallback');
    expect(html).not.toContain('"rendered"');
    // A fallback is never cached: asked again, the edge tries to render it again.
    const again = await fetch(link);
    expect(again.headers.get('x-edge-cache')).toBe('miss');
    expect(again.headers.get('x-edge-render')).toBe('fallback');
    await again.arrayBuffer();
    const preview = await fetch(`${server.url}/preview.png?countries=FR`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('image/png');
    await preview.arrayBuffer();
    const oembed = await fetch(`${server.url}/oembed?url=${encodeURIComponent(link)}`);
    expect(oembed.status).toBeLessThan(500);
    await oembed.arrayBuffer();
    const { page } = await browser.open(link);
    await page.getByRole('button', { name: 'Retry' }).waitFor({ timeout: 30_000 });
    await page.context().close();
  });
});
