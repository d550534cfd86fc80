import { viewCsv } from './_lib/generated/edge.js';
import type { PagesFunction } from './_lib/pages';
import { readTemplate, readText } from './_lib/site';

/** `/view.csv?<a link's query>`: the view's data as CSV (the JSON-LD's distribution; the view's Download CSV). */
export const onRequestGet: PagesFunction = async (context) => {
  const url = new URL(context.request.url);
  try {
    const template = await readTemplate(context.env, url.origin);
    if (template === null) throw new Error('the site is not built');
    const { body, fileName } = await viewCsv(url, template, (path) =>
      readText(context.env, url.origin, path),
    );
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'public, max-age=3600',
      },
    });
  } catch (error) {
    console.error(`view.csv failed: ${String(error)}`);
    return new Response('The data could not be read; try again later.', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60' },
    });
  }
};
