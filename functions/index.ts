import { cachedResponse } from './_lib/cache';
import { renderPage } from './_lib/generated/edge.js';
import type { PagesFunction } from './_lib/pages';
import { buildVersion, metaCsp, readTemplate, readText } from './_lib/site';

/**
 * Every link (`/?countries=…&chart=…`, `?brief=CC`, `?embed=1`, and `/` itself): the built
 * index.html with the link's title, meta, Open Graph, JSON-LD and its view rendered in #root
 * (src/app/edge/entry.ts). If the data or a render fails, the static page goes out as built: the
 * browser then draws the link itself, or shows its own error with Retry.
 */
const HTML_CACHE = 'public, max-age=0, must-revalidate';

export const onRequestGet: PagesFunction = async (context) => {
  const url = new URL(context.request.url);
  const template = await readTemplate(context.env, url.origin);
  if (template === null) return context.next();
  context.data.pageCsp = metaCsp(template) ?? undefined;
  const html = (body: string, render: 'edge' | 'fallback') =>
    new Response(body, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': HTML_CACHE,
        'X-Edge-Render': render,
      },
    });
  return cachedResponse(context, 'page', buildVersion(template), async () => {
    try {
      const body = await renderPage(url, template, (path) => readText(context.env, url.origin, path));
      return html(body, 'edge');
    } catch (error) {
      console.error(`edge render failed for ${url.pathname}${url.search.slice(0, 200)}: ${String(error)}`);
      return html(template, 'fallback');
    }
  });
};
