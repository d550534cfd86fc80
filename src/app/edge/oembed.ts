import { DASHBOARD_NAME } from '../../data/pageTitle';
import { EMBED_WIDTH, embedSnippet } from '../../share/embed';
import { PREVIEW_PATH, PREVIEW_SIZE } from './linkHead';

/**
 * oEmbed (https://oembed.com), JSON only: `/oembed?url=<a link to a view of this site>&maxwidth=&maxheight=`.
 * A link to another site, or to a page of this one that is no view → 404; `format=xml` (or any
 * format but json) → 501; no `url`, or one that is not an absolute http(s) URL → 400.
 */

export interface OEmbedAnswer {
  status: 200 | 400 | 404 | 501;
  body: Record<string, unknown>;
}

/** What the endpoint needs to know of the link asked about (null: no view this site can embed). */
export interface EmbeddableView {
  title: string;
  /** Canonical query of the view, without `embed=1` (`?countries=…`). */
  query: string;
}

/** Default height of the embed without its sizing script (the chart, its source line and link back). */
export const OEMBED_HEIGHT = 600;

const fail = (status: 400 | 404 | 501, error: string): OEmbedAnswer => ({ status, body: { error } });

function dimension(raw: string | null): number | null {
  if (raw === null || !/^\d{1,5}$/.test(raw.trim())) return null;
  const value = Number(raw);
  return value > 0 ? value : null;
}

/** The link asked about, if it is an absolute http(s) URL (else null). */
export function oembedTarget(request: URL): URL | null | 'missing' {
  const raw = request.searchParams.get('url');
  if (raw === null || raw.trim() === '') return 'missing';
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function oembedAnswer(request: URL, view: (target: URL) => EmbeddableView | null): OEmbedAnswer {
  const format = request.searchParams.get('format');
  if (format !== null && format.trim().toLowerCase() !== 'json')
    return fail(501, 'only format=json is implemented');
  const target = oembedTarget(request);
  if (target === 'missing') return fail(400, 'the url parameter is required');
  if (target === null) return fail(400, 'the url parameter is not an absolute http(s) URL');
  if (target.origin !== request.origin) return fail(404, 'not a link to this site');
  if (target.pathname !== '/' && target.pathname !== '/index.html') return fail(404, 'not a link to a view');
  const found = view(target);
  if (!found) return fail(404, 'not a link to a view that can be embedded');
  const maxWidth = dimension(request.searchParams.get('maxwidth'));
  const maxHeight = dimension(request.searchParams.get('maxheight'));
  const width = Math.min(EMBED_WIDTH, maxWidth ?? EMBED_WIDTH);
  const height = Math.min(OEMBED_HEIGHT, maxHeight ?? OEMBED_HEIGHT);
  const link = `${request.origin}/${found.query}`;
  return {
    status: 200,
    body: {
      version: '1.0',
      type: 'rich',
      title: found.title,
      provider_name: DASHBOARD_NAME,
      provider_url: `${request.origin}/`,
      cache_age: 86400,
      html: embedSnippet(link, { title: found.title, height, width }),
      width,
      height,
      thumbnail_url: `${request.origin}${PREVIEW_PATH}${found.query}`,
      thumbnail_width: PREVIEW_SIZE.width,
      thumbnail_height: PREVIEW_SIZE.height,
    },
  };
}
