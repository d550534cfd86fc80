import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_KINDS } from '../../src/data/chartRegistry';
import { failForGood } from './failingChunk';
import { startBrowser, waitForChart } from './harness';

const browser = startBrowser();

const VIEW = '/?countries=FR,DE,DK&indicators=computer,internet,epr';

/** Waits until the page's service worker is active (it has precached every file of the build). */
async function serviceWorkerActive(page: Page) {
  await page.evaluate(async () => {
    const { active } = await navigator.serviceWorker.ready;
    if (active && active.state !== 'activated')
      await new Promise((resolve) => active.addEventListener('statechange', resolve));
  });
}

/** Clicks a download button and returns the file's suggested name. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  expect(await file.failure()).toBeNull();
  return file.suggestedFilename();
}

describe('after one visit the dashboard works without a network', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.browser.newContext({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
      serviceWorkers: 'allow',
    });
    ({ page } = await browser.open('/', { context }));
    await waitForChart(page);
    await serviceWorkerActive(page);
    await context.setOffline(true);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
  });

  it('reloaded offline, the page is the cached shell and draws its chart', async () => {
    await page.reload();
    await waitForChart(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  }, 30_000);

  for (const kind of CHART_KINDS) {
    it(`${kind}: a link to it opens and draws offline`, async () => {
      await page.goto(new URL(`${VIEW}&chart=${kind}`, browser.baseUrl).toString());
      await waitForChart(page);
      if (kind === 'table') await page.locator('figure table td').first().waitFor();
      // The map draws its outlines from the precached geometry.
      else await page.locator('figure svg .mark').first().waitFor({ timeout: 15_000 });
      expect(await page.getByRole('alert').count()).toBe(0);
    }, 30_000);
  }

  it('the exports work offline: PNG, SVG, CSV and the data packages', async () => {
    await page.goto(new URL(`${VIEW}&chart=bars`, browser.baseUrl).toString());
    await waitForChart(page);
    expect(await download(page, 'Download PNG')).toMatch(/\.png$/);
    expect(await download(page, 'Download SVG')).toMatch(/\.svg$/);
    expect(await download(page, 'Download CSV')).toMatch(/\.csv$/);
    await page.getByRole('button', { name: 'Download data' }).click();
    // The full package is a file of the build, precached too.
    const full = await page.getByRole('link', { name: 'Full dataset (ZIP)' }).evaluate(async (link) => {
      const response = await fetch((link as HTMLAnchorElement).href);
      return { ok: response.ok, bytes: (await response.arrayBuffer()).byteLength };
    });
    const [zip] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      page.getByRole('button', { name: /Data of this view/ }).click(),
    ]);
    expect(zip.suggestedFilename()).toMatch(/\.zip$/);
    expect(full.ok).toBe(true);
    expect(full.bytes).toBeGreaterThan(10_000);
  }, 60_000);

  it('the brief opens offline, with its profile', async () => {
    await page.goto(new URL('/?brief=FR', browser.baseUrl).toString());
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { name: 'At a glance' }).waitFor();
    await page.getByRole('heading', { name: 'Legal framework', level: 3 }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  }, 30_000);
});

describe('a new deployment', () => {
  let folder: string;
  let server: Awaited<ReturnType<typeof preview>>;
  let baseUrl: string;

  /** vite preview of the copy; it reads the files' sizes once, so a deployment starts it again on its port. */
  const serve = async (port: number) => {
    server = await preview({
      build: { outDir: folder },
      preview: { port, host: '127.0.0.1', strictPort: port !== 0 },
      logLevel: 'warn',
    });
    baseUrl = server.resolvedUrls?.local[0] ?? '';
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'epsos-deploy-'));
    cpSync(join(import.meta.dirname, '..', '..', 'dist'), folder, { recursive: true });
    await serve(0);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is offered with "A new version of the dashboard is ready", and taken only on Reload', async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1400, height: 900 },
      serviceWorkers: 'allow',
    });
    try {
      const page = await context.newPage();
      await page.goto(baseUrl);
      await waitForChart(page);
      await serviceWorkerActive(page);
      // The second visit: a page the worker controls (a worker with no page to serve takes over at once).
      await page.reload();
      await waitForChart(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      expect(await page.getByText('A new version of the dashboard is ready').count()).toBe(0);

      // Deploy: a new index.html, and the service worker that precaches it.
      const html = readFileSync(join(folder, 'index.html'), 'utf8');
      writeFileSync(
        join(folder, 'index.html'),
        html.replace('<title>', '<meta name="deployment" content="2">\n    <title>'),
      );
      const sw = readFileSync(join(folder, 'sw.js'), 'utf8');
      const next = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+/, '$1deployment2');
      expect(next).not.toBe(sw);
      writeFileSync(join(folder, 'sw.js'), next);
      const port = Number(new URL(baseUrl).port);
      await server.close();
      await serve(port);

      // The open page learns of it when it looks again (on coming back into view, or on a load).
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const notice = page.getByRole('status').filter({ hasText: 'A new version of the dashboard is ready' });
      // The live region itself has no box (its notice is fixed to the window): wait for what it shows.
      await notice.getByRole('button', { name: 'Reload' }).waitFor({ timeout: 30_000 });
      // Nothing taken yet: the old worker still serves this page.
      expect(
        await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
      ).toBe(true);

      await Promise.all([
        page.waitForEvent('load', { timeout: 30_000 }),
        notice.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await waitForChart(page);
      expect(await page.locator('meta[name="deployment"]').getAttribute('content')).toBe('2');
      expect(
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return {
            waiting: Boolean(registration?.waiting),
            controlled: navigator.serviceWorker.controller !== null,
          };
        }),
      ).toEqual({ waiting: false, controlled: true });
      expect(await page.getByText('A new version of the dashboard is ready').count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 90_000);
});

describe('code that cannot be fetched says so in plain words, with Try again', () => {
  it('the map: its outlines, then drawn once the file is back', async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1400, height: 900 },
      serviceWorkers: 'block',
    });
    try {
      const chunk = await failForGood(context, 'europeGeometry');
      const { page } = await browser.open(`${VIEW}&chart=map`, { context });
      const alert = page.locator('figure').getByRole('alert');
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.textContent()).toMatch(
        /The map outlines could not be loaded: no connection, or the site was just updated\./,
      );
      expect(await alert.textContent()).not.toMatch(/dynamically imported module|https?:/);
      chunk.back();
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.locator('figure svg .mark').first().waitFor({ timeout: 15_000 });
      expect(await page.getByRole('alert').count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 45_000);

  it('an export: the status says so, and Try again makes the file once the code is back', async () => {
    const context = await browser.browser.newContext({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
      serviceWorkers: 'block',
    });
    try {
      const chunk = await failForGood(context, 'exportActions');
      const { page } = await browser.open(`${VIEW}&chart=bars`, { context });
      await waitForChart(page);
      await page.getByRole('button', { name: 'Download PNG' }).click();
      const status = page.locator('.export-status');
      await expect
        .poll(() => status.textContent(), { timeout: 15_000 })
        .toMatch(/Could not make the PNG: no connection, or the site was just updated\./);
      expect(await status.textContent()).not.toMatch(/dynamically imported module|https?:/);
      chunk.back();
      expect(await download(page, 'Try again')).toMatch(/\.png$/);
      expect(chunk.served.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  }, 45_000);
});
