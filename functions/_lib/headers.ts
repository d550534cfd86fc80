/**
 * Security headers by request (README, "Hosting"). A static host cannot see the query string, so
 * public/_headers lets any site frame every page; here the full app and the brief may be framed by
 * no one, and only `embed=1` by any site. Every page keeps its meta tag's CSP (scripts by hash),
 * sent as a header too, with what a meta tag cannot set.
 */

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';
/** What a meta tag cannot set (frame-ancestors aside), for every response. */
const BASE_POLICY = "object-src 'none'; base-uri 'self'; form-action 'none'";

/** Framing: any site for an embed (`embed=1`, as the app reads it), no site for anything else. */
export function frameAncestors(url: URL): string {
  return url.searchParams.get('embed')?.trim() === '1' ? 'frame-ancestors *' : "frame-ancestors 'none'";
}

export function contentSecurityPolicy(url: URL, pageCsp: string | undefined): string {
  return `${pageCsp ?? BASE_POLICY}; ${frameAncestors(url)}`;
}

/** The response with the headers of its request set (replacing those of public/_headers). */
export function withSecurityHeaders(request: Request, response: Response, pageCsp?: string): Response {
  const url = new URL(request.url);
  const out = new Response(response.body, response);
  out.headers.set('Content-Security-Policy', contentSecurityPolicy(url, pageCsp));
  out.headers.set('X-Content-Type-Options', 'nosniff');
  out.headers.set('Referrer-Policy', 'no-referrer');
  out.headers.set('Permissions-Policy', PERMISSIONS_POLICY);
  // The answer differs with the query (framing), never with the reader.
  return out;
}
