import { withSecurityHeaders } from './_lib/headers';
import type { PagesFunction } from './_lib/pages';

/** Every response (pages, images, oEmbed, static files) gets the security headers of its request. */
export const onRequest: PagesFunction = async (context) => {
  const response = await context.next();
  if (response.status === 101) return response;
  return withSecurityHeaders(context.request, response, context.data.pageCsp);
};
