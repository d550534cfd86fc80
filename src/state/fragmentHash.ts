/**
 * The `#data=` fragment in the address bar, without the codec (which loads only when a link has one).
 * Rule: the fragment stays exactly while data from the link is loaded in this tab (so a reload or a
 * copied address still carries it); a broken fragment, or data from the link that was removed or
 * kept in this browser, drops it. Any other fragment is left alone.
 */

export const FRAGMENT_KEY = 'data';

/** The payload of a `#data=` fragment, or null when the hash carries none. */
export function fragmentPayload(hash: string): string | null {
  const match = /^#?data=(.*)$/s.exec(hash);
  return match ? (match[1] ?? '') : null;
}

export function hashToKeep(hash: string, linkedLoaded: boolean): string {
  return fragmentPayload(hash) !== null && !linkedLoaded ? '' : hash;
}
