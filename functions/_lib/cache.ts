import type { PagesContext } from './pages';

/**
 * Rendered pages and images, cached by URL and build + data version (the Cache API of the
 * Cloudflare data centre; `caches.default` in workerd, also under `wrangler pages dev`).
 */

async function edgeCache(): Promise<Cache | null> {
  try {
    const storage = caches as CacheStorage & { default?: Cache };
    return storage.default ?? (await caches.open('epsos-edge'));
  } catch {
    return null;
  }
}

/** How long a rendered response may be kept in the edge cache (its key changes with every build). */
const EDGE_MAX_AGE = 7 * 24 * 3600;
/** The Cache-Control the reader gets, kept beside the edge cache's own while stored. */
const CLIENT_CACHE = 'X-Client-Cache-Control';

export async function cachedResponse(
  context: PagesContext,
  kind: string,
  version: string,
  make: () => Promise<Response>,
): Promise<Response> {
  const url = new URL(context.request.url);
  const key = new Request(`${url.origin}/__edge/${kind}/${version}${url.search}`);
  const cache = await edgeCache();
  const hit = cache ? await cache.match(key).catch(() => undefined) : undefined;
  if (hit) {
    const response = new Response(hit.body, hit);
    response.headers.set('Cache-Control', response.headers.get(CLIENT_CACHE) ?? 'no-cache');
    response.headers.delete(CLIENT_CACHE);
    response.headers.set('X-Edge-Cache', 'hit');
    return response;
  }
  const response = await make();
  if (cache && response.status === 200 && response.headers.get('X-Edge-Render') !== 'fallback') {
    const stored = response.clone();
    const copy = new Response(stored.body, stored);
    copy.headers.set(CLIENT_CACHE, response.headers.get('Cache-Control') ?? 'no-cache');
    copy.headers.set('Cache-Control', `public, max-age=${EDGE_MAX_AGE}`);
    context.waitUntil(cache.put(key, copy).catch(() => undefined));
  }
  response.headers.set('X-Edge-Cache', 'miss');
  return response;
}
