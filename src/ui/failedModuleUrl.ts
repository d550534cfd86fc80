/**
 * The script a failed dynamic `import()` names in its error, so that a retry can ask for the same file
 * under a URL the browser has not seen (see preloadable.ts). Chromium says "Failed to fetch dynamically
 * imported module: URL", Firefox "error loading dynamically imported module: URL"; Safari names none
 * ("Importing a module script failed."), and then this gives null. Only a script of the page's own
 * origin is taken, without its query: the caller adds its own.
 */
export function failedModuleUrl(error: unknown, origin: string): string | null {
  const message = error instanceof Error ? error.message : String(error);
  // Up to `.js`: without the query of a failed retry, and without a full stop after it.
  for (const [url] of message.matchAll(/https?:\/\/[^\s"'`<>()?#]+?\.m?js(?!\w)/g))
    if (url.startsWith(`${origin}/`)) return url;
  return null;
}

/** The same script under a new URL: `?retry=N`, N counting the retries of that part. */
export const retryUrl = (url: string, attempt: number) => `${url}?retry=${attempt}`;

/**
 * Whether an error is a script or file that could not be fetched (offline, a dropped connection, a
 * deployment that replaced the file), in the words of Chromium, Firefox and Safari.
 */
export function isFetchFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|module script failed|Failed to fetch|NetworkError|Load failed/i.test(
    message,
  );
}

/** What went wrong, in plain words: a fetch that failed says so, not the browser's message and URL. */
export function failureInWords(error: unknown): string {
  if (isFetchFailure(error)) return 'no connection, or the site was just updated.';
  return error instanceof Error ? error.message : String(error);
}
