/**
 * The little of Cloudflare Pages Functions that these functions use, typed here (with the DOM's
 * Request, Response and Cache), so that functions/ and src/ type-check together in one program.
 */

export interface Env {
  /** The static files of dist/ (Pages' ASSETS binding). */
  ASSETS: { fetch(input: Request | string): Promise<Response> };
}

export interface RequestData {
  /** The page's Content-Security-Policy (its meta tag's), for the headers of the response. */
  pageCsp?: string;
}

export interface PagesContext {
  request: Request;
  env: Env;
  data: RequestData;
  next(): Promise<Response>;
  waitUntil(promise: Promise<unknown>): void;
}

export type PagesFunction = (context: PagesContext) => Response | Promise<Response>;
