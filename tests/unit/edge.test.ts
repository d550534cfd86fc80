import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planLink } from '../../src/app/boot/renderView';
import { composePage, templateDataVersion } from '../../src/app/edge/composePage';
import { linkHead } from '../../src/app/edge/linkHead';
import { linkText } from '../../src/app/edge/linkText';
import { oembedAnswer } from '../../src/app/edge/oembed';
import { plainCardSvg, wrapText } from '../../src/app/edge/previewCard';
import type { Dataset } from '../../src/data/schema';
import { EMBED_HEIGHT_MESSAGE } from '../../src/share/embed';

/** The edge's pure parts (src/app/edge): head tags, page surgery, oEmbed, the plain card. */

const dataset = JSON.parse(readFileSync('public/data/indicators.json', 'utf8')) as Dataset;
const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=2">',
  '</text><script>window.__pwned=3</script>',
  "'><svg onload=alert(1)>",
];
const ORIGIN = 'https://indicators.example';

/** Every tag of an HTML fragment, by name (what a parser would see as elements). */
const tagNames = (html: string) => [...html.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]);

describe('link text and head', () => {
  it('names the chart and the countries drawn; a brief names its country', () => {
    const plan = planLink(dataset, '?countries=FR,DE&indicators=computer&chart=bars');
    const text = linkText(plan);
    expect(text.pageTitle).toBe(`${text.title} · epSOS Indicators`);
    expect(text.title).toMatch(/France and Germany/);
    expect(text.description).toContain('Countries drawn: France and Germany.');
    expect(linkText(planLink(dataset, '?brief=dk')).pageTitle).toBe(
      'Denmark: country brief · epSOS Indicators',
    );
  });

  it('writes og, twitter, canonical, oEmbed discovery and a Dataset JSON-LD, all escaped', () => {
    for (const bad of HOSTILE) {
      const search = `?countries=FR,${encodeURIComponent(bad)}&indicators=${encodeURIComponent(bad)}&chart=${encodeURIComponent(bad)}&x=${encodeURIComponent(bad)}`;
      const plan = planLink(dataset, search);
      const head = linkHead({ origin: ORIGIN, query: '?countries=FR', built: dataset.built }, linkText(plan));
      expect(head).not.toContain('__pwned');
      expect(new Set(tagNames(head))).toEqual(new Set(['title', 'meta', 'link', 'script']));
      expect(head.match(/<script/g)).toHaveLength(1);
    }
    const head = linkHead(
      { origin: ORIGIN, query: '?countries=FR&chart=bars', built: '2026-01-02' },
      { pageTitle: 'A <b> & "c"', title: 'T <i>', description: "D '", imageAlt: 'alt' },
    );
    expect(head).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(head).toContain(
      '<meta property="og:url" content="https://indicators.example/?countries=FR&amp;chart=bars" />',
    );
    expect(head).toContain(
      '<meta property="og:image" content="https://indicators.example/preview.png?countries=FR&amp;chart=bars" />',
    );
    expect(head).toContain('<meta property="og:image:width" content="1200" />');
    expect(head).toContain('<meta property="og:image:height" content="630" />');
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(head).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://indicators.example/oembed?url=https%3A%2F%2Findicators.example%2F%3Fcountries%3DFR%26chart%3Dbars&amp;format=json"',
    );
    const json = JSON.parse(/<script type="application\/ld\+json">(.*)<\/script>/.exec(head)?.[1] ?? '');
    expect(json['@type']).toBe('Dataset');
    expect(json.name).toBe('T <i>');
    expect(json.creator.name).toBe('epSOS Indicators');
    expect(json.license.name).toMatch(/attribution/);
    expect(json.distribution.map((d: { encodingFormat: string }) => d.encodingFormat)).toEqual([
      'text/csv',
      'application/zip',
    ]);
    expect(head).not.toContain('T <i>');
  });
});

describe('composePage', () => {
  const template = `<!doctype html><html><head><meta name="description" content="old" />
    <script type="application/json" id="boot-files">{"data":"/data/indicators.json?v=abc123","defaultSearch":"?d"}</script>
    <title>Old</title></head><body><div id="root" data-ssr><p>default</p></div>
    <script type="application/json" id="initial-data">{"profiles":{},"chartWidth":900,"defaultSearch":"?d"}</script></body></html>`;

  it('replaces title and description; keeps the default markup without a render', () => {
    const html = composePage(template, { head: '<title>New</title>' });
    expect(html).toContain('<title>New</title>');
    expect(html).not.toContain('Old');
    expect(html).not.toContain('content="old"');
    expect(html).toContain('<p>default</p>');
    expect(templateDataVersion(template)).toBe('abc123');
  });

  it('puts the rendered view in #root and tells the browser which query it may hydrate', () => {
    const html = composePage(template, {
      head: '<title>New</title>',
      root: {
        markup: '<main>view</main>',
        data: { profiles: {}, chartWidth: 700, defaultSearch: '?d' },
        rendered: '?countries=FR</script>',
      },
    });
    expect(html).toContain('<div id="root" data-ssr><main>view</main></div>');
    expect(html).not.toContain('<p>default</p>');
    expect(html).toContain('"rendered":"?countries=FR\\u003c/script>"');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const initial = JSON.parse(/id="initial-data">(.*?)<\/script>/.exec(html)?.[1] ?? '');
    expect(initial).toEqual({
      profiles: {},
      chartWidth: 700,
      defaultSearch: '?d',
      rendered: '?countries=FR</script>',
    });
  });

  it('fails loudly on a template of another shape (the static page goes out instead)', () => {
    expect(() => composePage('<html></html>', { head: '' })).toThrow(/template/);
  });
});

describe('oEmbed', () => {
  const view = () => ({ title: 'Chart <b>', query: '?countries=FR&chart=bars' });
  const ask = (query: string) => oembedAnswer(new URL(`${ORIGIN}/oembed${query}`), view);
  const target = encodeURIComponent(`${ORIGIN}/?countries=FR&chart=bars`);

  it('answers a link to a view with a rich embed: iframe and sizing script, sizes, provider, thumbnail', () => {
    const { status, body } = ask(`?url=${target}&maxwidth=500&maxheight=400`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Chart <b>',
      provider_name: 'epSOS Indicators',
      provider_url: `${ORIGIN}/`,
      width: 500,
      height: 400,
      thumbnail_url: `${ORIGIN}/preview.png?countries=FR&chart=bars`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(tagNames(String(body.html))).toEqual(['iframe', 'script']);
    expect(body.html).toContain(`src="${ORIGIN}/?countries=FR&amp;chart=bars&amp;embed=1"`);
    expect(body.html).toContain(`<script async src="${ORIGIN}/embed.js"></script>`);
    expect(ask(`?url=${target}`).body).toMatchObject({ width: 800, height: 600 });
  });

  it('says 400, 404 and 501 where the spec says so', () => {
    expect(ask('').status).toBe(400);
    expect(ask('?url=').status).toBe(400);
    expect(ask('?url=not%20a%20url').status).toBe(400);
    expect(ask(`?url=${encodeURIComponent('javascript:alert(1)')}`).status).toBe(400);
    expect(ask(`?url=${encodeURIComponent('https://other.example/?countries=FR')}`).status).toBe(404);
    expect(ask(`?url=${encodeURIComponent(`${ORIGIN}/data/indicators.json`)}`).status).toBe(404);
    expect(ask(`?url=${target}&format=xml`).status).toBe(501);
    expect(ask(`?url=${target}&format=json`).status).toBe(200);
    expect(oembedAnswer(new URL(`${ORIGIN}/oembed?url=${target}`), () => null).status).toBe(404);
  });
});

describe('plain card and the sizing script', () => {
  it('wraps a long title into at most four lines and escapes it', () => {
    const lines = wrapText('word '.repeat(100), 34, 4);
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
    const svg = plainCardSvg(HOSTILE.join(' '), HOSTILE[0] ?? '');
    expect(new Set(tagNames(svg))).toEqual(new Set(['svg', 'rect', 'text']));
    expect(svg).toContain('width="1200" height="630"');
  });

  it('public/embed.js listens for the message the embedded view posts', () => {
    const script = readFileSync('public/embed.js', 'utf8');
    expect(script).toContain(`'${EMBED_HEIGHT_MESSAGE}'`);
    expect(script).toContain('iframe[data-epsos-embed]');
  });
});
