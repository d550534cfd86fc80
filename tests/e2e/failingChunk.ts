import type { BrowserContext } from 'playwright-core';

/**
 * Routes a lazily loaded chunk so that its own URL fails for good, as in a browser that keeps a failed
 * module fetch in its module map (Chromium 150: a second import() of that URL fails at once), whatever
 * the installed Chromium does. Until `back()`, every request for it fails; after, only a URL the
 * browser has not asked for before (`?retry=N`) reaches the file. `served` lists the queries served.
 */
export async function failForGood(context: BrowserContext, chunk: string) {
  const served: string[] = [];
  const refused: string[] = [];
  let isBack = false;
  await context.route(new RegExp(`/assets/${chunk}-[\\w-]+\\.js(\\?.*)?$`), (route) => {
    const url = new URL(route.request().url());
    if (isBack && url.searchParams.has('retry')) {
      served.push(url.search);
      return route.continue();
    }
    refused.push(url.search);
    return route.abort('internetdisconnected');
  });
  return {
    served,
    refused,
    back: () => {
      isBack = true;
    },
  };
}
