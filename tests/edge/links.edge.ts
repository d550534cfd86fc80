import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { HARD_LINKS, hardLinkPaths } from '../../scripts/bench/edgeHardLinks';
import { startBrowser } from '../e2e/harness';

/**
 * Issue 24 on Cloudflare's runtime (wrangler pages dev, workerd; tests/edge/serveEdge.ts): every
 * link rendered at the edge with its own title, meta, Open Graph, JSON-LD, a preview image and
 * oEmbed, and headers by request. Requests with fetch; what a reader sees with Chromium.
 */
const browser = startBrowser();
const base = () => inject('baseUrl');

const DEEP = '/?countries=FR,DE,DK,NL,SE&indicators=computer,internet,epr&chart=gap&profile=DE';
const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=2">',
  '</text><script>window.__pwned=3</script>',
  '=HYPERLINK("http://evil.test","x")',
];

async function get(path: string) {
  const response = await fetch(new URL(path, base()));
  return { response, text: await response.text() };
}

/** The head's tags as a reader's parser sees them (regexes over our own, escaped output). */
function headOf(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = (key: string) =>
    new RegExp(`<meta (?:name|property)="${key.replace(/[:]/g, '\\:')}" content="([^"]*)"`).exec(head)?.[1];
  const decode = (s: string | undefined) =>
    s
      ?.replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(head)?.[1];
  return {
    head,
    title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1]),
    meta: (key: string) => decode(meta(key)),
    oembed: decode(/<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/.exec(head)?.[1]),
    jsonLd: ld ? (JSON.parse(ld) as Record<string, unknown>) : null,
  };
}

function decodePng(bytes: ArrayBuffer) {
  const png = PNG.sync.read(Buffer.from(bytes));
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if ((png.data[i] ?? 255) < 200 || (png.data[i + 1] ?? 255) < 200 || (png.data[i + 2] ?? 255) < 200)
      ink += 1;
  }
  return { png, ink };
}

describe('a link rendered at the edge', () => {
  it('holds its chart before any script runs (JavaScript disabled)', async () => {
    const context = await browser.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1400, height: 900 },
    });
    try {
      const { page } = await browser.open(DEEP, { context });
      const svg = page.locator('figure svg[role="img"]');
      await expect(svg.count()).resolves.toBe(1);
      await expect(svg.isVisible()).resolves.toBe(true);
      await expect(svg.getAttribute('aria-label')).resolves.toMatch(/gap/i);
      await expect(page.locator('.chart-title').textContent()).resolves.toMatch(/^Gap to the EU27 average/);
      await expect(page.locator('svg .mark[data-country="DE"]').count()).resolves.toBeGreaterThan(0);
      // Not the build's default view: the link's own chart kind and profile.
      await expect(page.getByRole('region', { name: 'Germany profile' }).isVisible()).resolves.toBe(true);
      await expect(page.title()).resolves.toMatch(/^Gap to the EU27 average.* · epSOS Indicators$/);
    } finally {
      await context.close();
    }
  });

  it('names its view: title, description, Open Graph, Twitter, canonical, oEmbed discovery, JSON-LD', async () => {
    const { response, text } = await get(DEEP);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-edge-render')).toBe('edge');
    const h = headOf(text);
    expect(h.title).toMatch(/^Gap to the EU27 average in percentage points: .* · epSOS Indicators$/);
    expect(h.meta('description')).toMatch(/^Gap to the EU27 average.*Countries drawn: .*France.*Germany/);
    const canonical = `${base()}/?countries=FR,DE,DK,NL,SE&indicators=computer,internet,epr&chart=gap&profile=DE`;
    expect(h.meta('og:url')).toBe(canonical);
    expect(h.meta('og:title')).toBe(h.title?.replace(' · epSOS Indicators', ''));
    expect(h.meta('og:image')).toBe(canonical.replace('/?', '/preview.png?'));
    expect(h.meta('og:image:width')).toBe('1200');
    expect(h.meta('og:image:height')).toBe('630');
    expect(h.meta('og:image:alt')).toMatch(/^Chart: Gap to the EU27 average/);
    expect(h.meta('twitter:card')).toBe('summary_large_image');
    expect(h.oembed).toBe(`${base()}/oembed?url=${encodeURIComponent(canonical)}&format=json`);
    expect(h.jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      creator: { '@type': 'Organization', name: 'epSOS Indicators' },
      license: { '@type': 'CreativeWork' },
    });
    const distribution = h.jsonLd?.distribution as { encodingFormat: string; contentUrl: string }[];
    expect(distribution.map((d) => d.encodingFormat)).toEqual(['text/csv', 'application/zip']);
    for (const d of distribution) {
      const file = await fetch(d.contentUrl);
      expect(file.status, d.contentUrl).toBe(200);
      expect(file.headers.get('content-type'), d.contentUrl).toContain(d.encodingFormat);
      await file.arrayBuffer();
    }

    const brief = headOf((await get('/?brief=dk')).text);
    expect(brief.title).toBe('Denmark: country brief · epSOS Indicators');
    expect(brief.meta('og:url')).toBe(`${base()}/?brief=DK`);
    expect(brief.meta('description')).toMatch(/^eHealth in Denmark/);
    const home = headOf((await get('/')).text);
    expect(home.title).toMatch(/in every survey: .* · epSOS Indicators$/);
    expect(home.meta('og:url')).toBe(`${base()}/`);
    expect(home.oembed).toBeTruthy();
  });

  it('sends headers by request: no framing for the app and the brief, any for embed=1', async () => {
    for (const path of [DEEP, '/', '/?brief=FR']) {
      const { response } = await get(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toMatch(/script-src 'self' 'sha256-[^']+'/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
    }
    const embed = (await get(`${DEEP}&embed=1`)).response.headers.get('content-security-policy') ?? '';
    expect(embed).toContain('frame-ancestors *');
    expect(embed).not.toContain("frame-ancestors 'none'");
    const asset = (await get('/embed.js')).response;
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    expect(asset.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('draws a preview image per view: 1200×630 PNG, not blank, different for two views; a plain card otherwise', async () => {
    const image = async (query: string) => {
      const response = await fetch(new URL(`/preview.png${query}`, base()));
      expect(response.status, query).toBe(200);
      expect(response.headers.get('content-type'), query).toBe('image/png');
      const { png, ink } = decodePng(await response.arrayBuffer());
      expect([png.width, png.height], query).toEqual([1200, 630]);
      expect(ink, query).toBeGreaterThan(2000);
      return png.data;
    };
    const gap = await image('?countries=FR,DE&indicators=computer,internet&chart=gap');
    const bars = await image('?countries=FR,DE,DK&indicators=computer&chart=bars');
    expect(Buffer.compare(gap, bars)).not.toBe(0);
    // A brief, own data, a bad parameter, nothing to draw: a card, never an error.
    await image('?brief=FR');
    await image('?countries=FR&indicators=my_rows');
    await image(`?chart=${encodeURIComponent(HOSTILE[0] ?? '')}`);
    await image('?countries=XX');
  });

  it('answers oEmbed as oembed.com says, with its error codes', async () => {
    const link = `${base()}/?countries=FR,DE&indicators=computer&chart=bars`;
    const ok = await fetch(
      new URL(`/oembed?url=${encodeURIComponent(link)}&maxwidth=600&maxheight=500`, base()),
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('application/json');
    const body = (await ok.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'epSOS Indicators',
      provider_url: `${base()}/`,
      width: 600,
      height: 500,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(body.title).toMatch(/France and Germany/);
    expect(body.html).toMatch(
      /^<iframe src="[^"]*embed=1" [^>]*data-epsos-embed><\/iframe><script async src="[^"]*\/embed\.js"><\/script>$/,
    );
    const thumbnail = await fetch(String(body.thumbnail_url));
    expect(thumbnail.status).toBe(200);
    await thumbnail.arrayBuffer();
    const status = async (query: string) => {
      const response = await fetch(new URL(`/oembed${query}`, base()));
      await response.arrayBuffer();
      return response.status;
    };
    expect(await status('')).toBe(400);
    expect(await status('?url=%25%25not-a-url')).toBe(400);
    expect(await status(`?url=${encodeURIComponent('https://example.org/?countries=FR')}`)).toBe(404);
    expect(await status(`?url=${encodeURIComponent(link)}&format=xml`)).toBe(501);
    expect(await status(`?url=${encodeURIComponent(`${base()}/?brief=FR`)}`)).toBe(404);
  });
});

describe('bad input at the edge', () => {
  const everyParameter = (value: string) =>
    ['countries', 'indicators', 'chart', 'profile', 'time', 'rank', 'sort', 'brief', 'embed', 'unknown']
      .map((p) => `${p}=${encodeURIComponent(value)}`)
      .join('&');

  it('never lets a hostile string reach the HTML, meta, JSON-LD, image or oEmbed as markup', async () => {
    for (const bad of HOSTILE) {
      const query = `?${everyParameter(bad)}`;
      const { response, text } = await get(`/${query}`);
      expect(response.status, bad).toBe(200);
      const h = headOf(text);
      for (const value of [
        h.title,
        h.meta('description'),
        h.meta('og:url'),
        h.meta('og:image'),
        JSON.stringify(h.jsonLd),
      ])
        expect(value ?? '', bad).not.toContain('__pwned');
      expect(text, bad).not.toContain(bad);
      const oembed = await fetch(
        new URL(
          `/oembed?url=${encodeURIComponent(`${base()}/${query}`)}&maxwidth=${encodeURIComponent(bad)}`,
          base(),
        ),
      );
      expect([200, 404], bad).toContain(oembed.status);
      expect(await oembed.text(), bad).not.toContain('__pwned');
      const image = await fetch(new URL(`/preview.png${query}`, base()));
      expect(image.status, bad).toBe(200);
      expect(decodePng(await image.arrayBuffer()).png.width).toBe(1200);
      // In a browser, with and without scripts: nothing ran, no element came from the link.
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.browser.newContext({ javaScriptEnabled });
        try {
          const page = await context.newPage();
          const dialogs: string[] = [];
          page.on('dialog', (d) => {
            dialogs.push(d.message());
            void d.dismiss();
          });
          await page.goto(new URL(`/${query}`, base()).toString());
          if (javaScriptEnabled)
            await page.waitForSelector('html[data-interactive]', { state: 'attached', timeout: 30_000 });
          const found = await page.evaluate(() => ({
            pwned: (window as { __pwned?: unknown }).__pwned ?? null,
            images: document.querySelectorAll('img[src="x"], [onerror], [onload]').length,
          }));
          expect(found, `${bad} (JavaScript ${javaScriptEnabled})`).toEqual({ pwned: null, images: 0 });
          expect(dialogs).toEqual([]);
        } finally {
          await context.close();
        }
      }
    }
  });

  it('answers a 10 KB query, 500 countries and unknown parameters, never with a 500', async () => {
    // Their time is measured by `npm run bench` (edge section: scripts/bench/edgeHardLinks.ts), not here.
    for (const { query } of HARD_LINKS) {
      for (const path of Object.values(hardLinkPaths(query, base()))) {
        const response = await fetch(new URL(path, base()));
        await response.arrayBuffer();
        expect(response.status, path.slice(0, 80)).toBeLessThan(500);
      }
      const page = await fetch(new URL(`/${query}`, base()));
      expect(page.headers.get('x-edge-render'), query.slice(0, 40)).toBe('edge');
      await page.arrayBuffer();
    }
  });
});
