import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

/** One Chromium per test file; each test gets a fresh page that records console errors. */
export interface Harness {
  browser: Browser;
  baseUrl: string;
  open: (
    path: string,
    options?: { width?: number; height?: number; context?: BrowserContext },
  ) => Promise<TestPage>;
}

export interface TestPage {
  page: Page;
  errors: string[];
}

export function startBrowser(): Harness {
  const harness = { baseUrl: '' } as Harness;
  beforeAll(async () => {
    harness.baseUrl = inject('baseUrl');
    harness.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    // The service worker (src/app/offline/) would answer requests before `context.route` sees them, so
    // tests that serve a file of their own would get the cached one: contexts block it unless a test
    // asks for it (`serviceWorkers: 'allow'`, tests/e2e/offline.e2e.ts).
    const newContext = harness.browser.newContext.bind(harness.browser);
    harness.browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  });
  afterAll(async () => {
    await harness.browser?.close();
  });
  harness.open = async (path, options = {}) => {
    const context =
      options.context ??
      (await harness.browser.newContext({
        viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
        acceptDownloads: true,
      }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL(path, harness.baseUrl).toString());
    return { page, errors };
  };
  return harness;
}

/**
 * Waits for a chart and for the app to respond to input: the prerendered page shows its chart before
 * its script has even been fetched (src/app/boot/bootFiles.ts), and a click before hydration is lost.
 */
export async function waitForChart(page: Page) {
  await page.waitForSelector('figure svg[role="img"], figure table', { timeout: 15_000 });
  await page.waitForSelector('html[data-interactive]', { state: 'attached', timeout: 15_000 });
}

/** Clicks the button named `name` and returns the text of the file it downloads. */
export async function downloadText(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return readFileSync((await file.path()) ?? '', 'utf8');
}

/** A parameter of the page's link, or null. */
export const linkParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (WCAG 2.2 A/AA rules and best practice) and returns the violations, readably. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) still holds.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
  });
  return violations;
}

/**
 * The built page carries the built-in data of its first view (src/app/boot/initialData.ts), so it
 * fetches neither the dataset nor the France profile. Tests of those fetches serve the page without
 * that block, as the dev server (or an older cached page) has it, so the app fetches both.
 */
export async function withoutBuiltInData(context: BrowserContext) {
  await context.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        /<script type="application\/json" id="initial-data">[\s\S]*?<\/script>/,
        '',
      );
      await route.fulfill({ response, body });
    },
  );
}

/**
 * The console errors but the browser's own report that it refused a file whose bytes are not the built
 * file's (its integrity, src/app/main.tsx): a test that serves a file of its own causes that, and the
 * app then fetches the file again and checks it itself.
 */
export function withoutIntegrityRefusals(errors: readonly string[]): string[] {
  return errors.filter((e) => !/integrity|SRI/.test(e));
}
