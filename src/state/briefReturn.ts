/**
 * "Back to the dashboard" on a brief returns to the view the reader came from. A brief is a page of
 * its own (`?brief=CC`, one link form: it carries no view), so the view is kept in this tab's
 * sessionStorage as the reader follows a profile's Country brief link. A brief opened otherwise (a
 * shared link, a new tab) falls back to the dashboard with that country's profile.
 */
const KEY = 'epsos-indicators:brief-from';

/** Remembers the dashboard's current view (query and fragment) as the way back from `code`'s brief. */
export function rememberBriefReturn(code: string): void {
  try {
    const from = `${window.location.search}${window.location.hash}`;
    sessionStorage.setItem(KEY, JSON.stringify({ code, from }));
  } catch {
    // No storage (a private mode that refuses it): the brief's fallback link still works.
  }
}

/** The view the reader came to `code`'s brief from, or null. Only a query of this page (`?…`). */
export function briefReturn(code: string): string | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { code?: unknown; from?: unknown };
    if (stored?.code !== code || typeof stored.from !== 'string') return null;
    return stored.from.startsWith('?') ? stored.from : null;
  } catch {
    return null;
  }
}
