import type { Env } from './pages';

/**
 * The site's own files, read through ASSETS (never over the network): the built index.html (the
 * template of every page) and the files the renderer reads.
 */

export async function readAsset(env: Env, origin: string, path: string): Promise<Response | null> {
  try {
    const response = await env.ASSETS.fetch(new Request(new URL(path, origin)));
    return response.ok ? response : null;
  } catch {
    return null;
  }
}

export async function readText(env: Env, origin: string, path: string): Promise<string | null> {
  const response = await readAsset(env, origin, path);
  return response ? response.text() : null;
}

/**
 * The built index.html, or null (then the static page is all there is to send). Kept a few seconds
 * in the isolate (one deployment's files never change; under `wrangler pages dev` a rebuild shows
 * within the TTL), so a page from the memory cache reads no file at all.
 */
const TEMPLATE_TTL_MS = 5000;
let lastTemplate: { origin: string; at: number; text: string } | null = null;

export async function readTemplate(env: Env, origin: string): Promise<string | null> {
  const now = Date.now();
  if (lastTemplate && lastTemplate.origin === origin && now - lastTemplate.at < TEMPLATE_TTL_MS)
    return lastTemplate.text;
  // Only a read string is kept, never a pending promise: a Worker must not await one request's I/O in another.
  const text = await readText(env, origin, '/');
  lastTemplate = text === null ? null : { origin, at: now, text };
  return text;
}

/** The Content-Security-Policy of a page's meta tag (scripts by hash), for its header too. */
export function metaCsp(html: string): string | null {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  return (
    match?.[1]
      ?.replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&') ?? null
  );
}

/** What a rendered response depends on besides its URL: the build (entry script) and the data's version. */
export function buildVersion(template: string): string {
  const files =
    /<script type="application\/json" id="boot-files">([^<]*)<\/script>/.exec(template)?.[1] ?? '';
  let hash = 2166136261;
  for (let i = 0; i < files.length; i++) hash = Math.imul(hash ^ files.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(36);
}
