import { oembed } from './_lib/generated/edge.js';
import type { PagesFunction } from './_lib/pages';
import { readTemplate, readText } from './_lib/site';

/** oEmbed (https://oembed.com): `/oembed?url=…&maxwidth=…&maxheight=…`, JSON (src/app/edge/oembed.ts). */
export const onRequestGet: PagesFunction = async (context) => {
  const url = new URL(context.request.url);
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
    });
  try {
    const template = await readTemplate(context.env, url.origin);
    if (template === null) return json(404, { error: 'the site is not built' });
    const answer = await oembed(url, template, (path) => readText(context.env, url.origin, path));
    return json(answer.status, answer.body);
  } catch (error) {
    console.error(`oembed failed: ${String(error)}`);
    return json(404, { error: 'no embed for this url' });
  }
};
