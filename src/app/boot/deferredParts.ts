import { useSyncExternalStore } from 'react';

/**
 * Parts of the page that are not needed to read it (the profile panel): on a page the browser renders
 * from scratch (a link the server did not render), main.tsx holds them until the page is interactive,
 * so their code is fetched after what the page needs first, and they show their loading line until
 * then. On a hydrated page nothing is held: their HTML came with the page, and React hydrates them
 * once their code has arrived, after the page's first commit.
 */
let held = false;
const listeners = new Set<() => void>();

export function holdDeferredParts(): void {
  held = true;
}

export function releaseDeferredParts(): void {
  if (!held) return;
  held = false;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** Whether the deferred parts may render (and fetch their code) now. */
export const useDeferredPartsReleased = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => !held,
    () => true,
  );
