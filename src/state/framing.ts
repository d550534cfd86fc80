import { useSyncExternalStore } from 'react';

/**
 * Framing. Hosting headers cannot see the query string, so they let any site frame every page
 * (public/_headers; README, "Hosting headers"): `embed=1` is meant for iframes. The full app,
 * framed by another site, could lure a click on "Keep in this browser" over a `#data=` link; so
 * when framed without `embed=1` it says so and changes no data (nothing kept, added or removed).
 */
export function isFramedFullApp(
  win: { self: unknown; top: unknown; location: { search: string } } = window,
): boolean {
  let framed: boolean;
  try {
    framed = win.self !== win.top;
  } catch {
    framed = true;
  }
  return framed && new URLSearchParams(win.location.search).get('embed') !== '1';
}

export const FRAMED_FULL_APP = typeof window !== 'undefined' && isFramedFullApp();

const never = () => () => undefined;

/** FRAMED_FULL_APP for rendering: false in the prerender and while hydrating, so the markup matches. */
export function useFramedFullApp(): boolean {
  return useSyncExternalStore(
    never,
    () => FRAMED_FULL_APP,
    () => false,
  );
}
