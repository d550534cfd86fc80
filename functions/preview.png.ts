import { cachedResponse } from './_lib/cache';
import { fallbackPreviewSvg, PREVIEW_SIZE, previewSvg } from './_lib/generated/edge.js';
import type { PagesFunction } from './_lib/pages';
import { rasterise } from './_lib/rasterise';
import { buildVersion, readTemplate, readText } from './_lib/site';

/**
 * `/preview.png?<a link's query>`: the link's preview image (og:image, oEmbed's thumbnail), 1200×630.
 * A view with nothing to draw, own data, a bad parameter or a brief gets the plain card (title and
 * the dashboard's name), never an error image.
 */
export const onRequestGet: PagesFunction = async (context) => {
  const url = new URL(context.request.url);
  const template = await readTemplate(context.env, url.origin);
  if (template === null) return new Response('The site is not built', { status: 503 });
  return cachedResponse(context, 'preview', buildVersion(template), async () => {
    let svg: string;
    let render = 'edge';
    try {
      svg = await previewSvg(url, template, (path) => readText(context.env, url.origin, path));
    } catch (error) {
      // The data could not be read: the plain card, not kept in the cache.
      console.error(`preview failed for ${url.search.slice(0, 200)}: ${String(error)}`);
      svg = fallbackPreviewSvg();
      render = 'fallback';
    }
    const png = await rasterise(context.env, url.origin, svg, PREVIEW_SIZE.width);
    return new Response(new Uint8Array(png), {
      headers: {
        'Content-Type': 'image/png',
        'Cache-Control': 'public, max-age=3600',
        'X-Edge-Render': render,
      },
    });
  });
};
