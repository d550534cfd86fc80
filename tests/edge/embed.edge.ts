import { createServer, type Server } from 'node:http';
import { strToU8, zlibSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toBase64Url } from '../../src/share/base64url';
import { startBrowser, waitForChart } from '../e2e/harness';

/**
 * Issue 24 in a browser, through the edge (wrangler pages dev): the page hydrates the view the edge
 * rendered (no second drawing, no second fetch), the tab names the view, and an embed sizes itself
 * in a host page of another origin, own data included.
 */
const browser = startBrowser();
const base = () => inject('baseUrl');

const DEEP = '/?countries=FR,DE,DK,NL,SE&indicators=computer,internet,epr&chart=gap&profile=DE';
/** The host page's site: a server of the test's own, reached as `localhost` (the edge is `127.0.0.1`),
 * so the embed is framed by another origin on the loopback network (Chromium keeps a public page
 * from framing a loopback one). */
const hostPages = new Map<string, string>();
let host: Server;
let hostUrl = '';
beforeAll(async () => {
  host = createServer((request, response) => {
    const body = hostPages.get(request.url ?? '') ?? '';
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  hostUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

/** Records, before the page's scripts, every chart svg taken out of the page (a fresh drawing does that). */
function recordRemovedCharts() {
  const removed: string[] = [];
  (window as unknown as { __removed: string[] }).__removed = removed;
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.removedNodes)
        if (
          node instanceof Element &&
          (node.matches('svg[role="img"]') || node.querySelector('svg[role="img"]'))
        )
          removed.push(node.nodeName);
  }).observe(document, { childList: true, subtree: true });
}

describe('a link through the edge, in the browser', () => {
  it('hydrates the rendered view: the chart is not drawn again, the data and profile are not fetched twice', async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(recordRemovedCharts);
    const requests: string[] = [];
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    try {
      const { page, errors } = await browser.open(DEEP, { context });
      await waitForChart(page);
      expect((await page.locator('html').getAttribute('class')) ?? '').not.toContain('fresh-render');
      expect(await page.evaluate(() => (window as unknown as { __removed: string[] }).__removed)).toEqual([]);
      expect(requests.filter((p) => p === '/data/indicators.json')).toHaveLength(1);
      expect(requests.filter((p) => p.startsWith('/data/profiles/'))).toEqual([]);
      // It responds: another chart kind is a click away, and the tab follows the view.
      await page.getByRole('tab', { name: 'Bars' }).click();
      await expect.poll(() => page.title()).toMatch(/against the EU27 average · epSOS Indicators$/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** A page of another site with the embed code in it. */
async function hostPage(width: number, snippet: string): Promise<Page> {
  const path = `/host-${hostPages.size}.html`;
  hostPages.set(
    path,
    `<!doctype html><html><head><meta name="viewport" content="width=device-width"><title>Host</title></head><body style="margin:8px"><h1>A post</h1>${snippet}<p>After the embed.</p></body></html>`,
  );
  const context = await browser.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${hostUrl}${path}`);
  return page;
}

async function embedCode(query: string, maxwidth?: number): Promise<string> {
  const url = `${base()}/${query}`;
  const response = await fetch(
    new URL(`/oembed?url=${encodeURIComponent(url)}${maxwidth ? `&maxwidth=${maxwidth}` : ''}`, base()),
  );
  return String(((await response.json()) as { html: string }).html);
}

/** The iframe's height against its content's; the last line (the link back) inside the frame. */
async function fittedHeight(page: Page) {
  const frameElement = page.locator('iframe[data-epsos-embed]');
  const frame = page.frameLocator('iframe[data-epsos-embed]');
  await frame.locator('figure svg[role="img"], figure table').first().waitFor({ timeout: 30_000 });
  await frame.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: 30_000 });
  const content = async () =>
    frame.locator('html').evaluate((html) => ({
      height: Math.ceil(html.getBoundingClientRect().height),
      scrolls: html.scrollHeight > html.clientHeight + 1,
      linkBottom: (html.querySelector('.embed-link')?.getBoundingClientRect().bottom ?? Infinity) as number,
      viewport: window.innerHeight,
    }));
  await expect
    .poll(
      async () => {
        const box = await frameElement.boundingBox();
        const inner = await content();
        return Math.abs((box?.height ?? 0) - inner.height) <= 2 && !inner.scrolls;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  const inner = await content();
  expect(inner.linkBottom).toBeLessThanOrEqual(inner.viewport);
  return inner.height;
}

describe('an embed that fits', () => {
  it('sizes itself in a host page at 390 and 1400 px, source line and link back inside', async () => {
    const snippet = await embedCode('?countries=FR,DE,DK,NL,SE&indicators=computer,internet,epr&chart=bars');
    const heights: number[] = [];
    for (const width of [390, 1400]) {
      const page = await hostPage(width, snippet);
      try {
        heights.push(await fittedHeight(page));
        const frame = page.frameLocator('iframe[data-epsos-embed]');
        await expect(frame.locator('.embed-source').isVisible()).resolves.toBe(true);
      } finally {
        await page.context().close();
      }
    }
    // Narrow, the chart wraps taller: a fixed height would cut one or the other.
    expect(heights[0]).not.toBe(heights[1]);
  });

  it('keeps its fixed height without the sizing script', async () => {
    const snippet = (await embedCode('?countries=FR,DE&indicators=computer&chart=bars')).replace(
      /<script.*<\/script>$/,
      '',
    );
    const page = await hostPage(1400, snippet);
    try {
      const frame = page.frameLocator('iframe[data-epsos-embed]');
      await frame.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: 30_000 });
      await expect(
        page
          .locator('iframe')
          .boundingBox()
          .then((b) => b?.height),
      ).resolves.toBe(600);
    } finally {
      await page.context().close();
    }
  });

  it('carries own data (#data=): Share gives the embed code with it, and the embed shows it', async () => {
    const csv =
      'country,indicator,year,value,label\nFR,tablets,2024,41.5,GP practices using tablets\nDE,tablets,2024,33,\n';
    const fragment = `#data=${toBase64Url(zlibSync(strToU8(csv), { level: 9 }))}`;
    const { page } = await browser.open(
      `/?countries=FR,DE&indicators=computer,my_tablets&chart=bars${fragment}`,
    );
    await page.locator('figure svg .mark[data-indicator="my_tablets"]').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Share' }).click();
    const codes = page.getByRole('textbox', { name: 'Embed code (iframe)' });
    await codes.first().waitFor();
    const snippet = await codes.first().inputValue();
    expect(snippet).toMatch(/src="[^"]*embed=1#data=[A-Za-z0-9_-]+"/);
    await expect(page.getByRole('button', { name: 'Copy embed code' }).count()).resolves.toBe(1);
    await page.context().close();

    const host = await hostPage(1400, snippet);
    try {
      const frame = host.frameLocator('iframe[data-epsos-embed]');
      await frame
        .locator('figure svg .mark[data-country="FR"][data-indicator="my_tablets"]')
        .waitFor({ timeout: 30_000 });
      await expect(frame.locator('.embed-own').isVisible()).resolves.toBe(true);
      await fittedHeight(host);
    } finally {
      await host.context().close();
    }
  });
});
