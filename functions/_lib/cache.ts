import { MemoryCache, responseOf, snapshotOf } from './memoryCache';
import type { PagesContext } from './pages';

/**
 * Rendered pages and images, cached by URL and build + data version: in the isolate's memory
 * (memoryCache.ts), then in the Cache API of the Cloudflare data centre (`caches.default` in
 * workerd, also under `wrangler pages dev`), which other isolates share.
 */

/** 16 MB of the isolate's 128 MB: about 250 pages or 150 preview images; no single answer over 2 MB. */
const memory = new MemoryCache(16 * 1024 * 1024, 2 * 1024 * 1024);

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
  // The origin is part of the key: a page names its own address (canonical, og:url, oEmbed).
  const address = `${url.origin}/__edge/${kind}/${version}${url.search}`;
  const remembered = memory.get(address);
  if (remembered) return marked(responseOf(remembered), 'hit');
  const key = new Request(address);
  const cache = await edgeCache();
  const hit = cache ? await cache.match(key).catch(() => undefined) : undefined;
  if (hit) {
    const response = new Response(hit.body, hit);
    response.headers.set('Cache-Control', response.headers.get(CLIENT_CACHE) ?? 'no-cache');
    response.headers.delete(CLIENT_CACHE);
    return marked(await remember(address, response), 'hit');
  }
  const response = await make();
  if (response.status !== 200 || response.headers.get('X-Edge-Render') === 'fallback')
    return marked(response, 'miss');
  if (cache) {
    const stored = response.clone();
    const copy = new Response(stored.body, stored);
    copy.headers.set(CLIENT_CACHE, response.headers.get('Cache-Control') ?? 'no-cache');
    copy.headers.set('Cache-Control', `public, max-age=${EDGE_MAX_AGE}`);
    context.waitUntil(cache.put(key, copy).catch(() => undefined));
  }
  return marked(await remember(address, response), 'miss');
}

/** Kept in memory as the reader gets it; the response itself (its body read) is given back anew. */
async function remember(address: string, response: Response): Promise<Response> {
  const snapshot = await snapshotOf(response);
  memory.set(address, snapshot);
  return responseOf(snapshot);
}

function marked(response: Response, state: 'hit' | 'miss'): Response {
  response.headers.set('X-Edge-Cache', state);
  return response;
}
