import { startTransition, useEffect, useRef } from 'react';
import type { Catalog, ViewState } from '../data/view';
import { fragmentPayload, hashToKeep } from './fragmentHash';
import { takeUserChange, useViewStore } from './store';
import type { DroppedValue } from './url';
import { parseView, serializeView } from './url';

/**
 * Keeps the URL and the store in step: the URL opens the view, each user action pushes a history
 * entry, back/forward restore the view, and the address bar always shows the canonical form.
 * When the catalog changes under an open view (the analyst added or removed their own data), the
 * view is re-read quietly: a removed indicator leaves the selection without a "link" notice.
 * A `#data=` fragment stays while data from the link is loaded (`linkedLoaded`) and is dropped
 * otherwise (src/state/fragmentHash.ts); any other fragment is kept as it is.
 */
export function useUrlSync(
  catalog: Catalog | null,
  linkedLoaded = false,
  onNewFragment?: (hash: string) => void,
): void {
  const opened = useRef(false);
  /** The `#data=` fragment last read (the one the page opened with, then any typed or linked since). */
  const fragment = useRef(typeof window === 'undefined' ? '' : window.location.hash);
  const newFragment = useRef(onNewFragment);
  newFragment.current = onNewFragment;
  useEffect(() => {
    if (!catalog) return;
    const { restore } = useViewStore.getState();
    const open = (fromLink: boolean, keepHash = false) => {
      const { state, dropped } = parseView(window.location.search, catalog);
      const current = useViewStore.getState();
      const notices = fromLink ? dropped : current.dropped;
      // The view boot already set (src/app/main.tsx) or one equal to it: no second render of the dashboard.
      if (!sameView(current.view, state) || !sameDropped(current.dropped, notices)) {
        // A transition lets React render the dashboard in slices rather than one long task.
        startTransition(() => restore(state, notices));
      }
      const canonical = serializeView(state);
      const hash = keepHash ? window.location.hash : hashToKeep(window.location.hash, linkedLoaded);
      if (canonical !== window.location.search || hash !== window.location.hash) {
        window.history.replaceState(null, '', `${window.location.pathname}${canonical}${hash}`);
      }
    };
    open(!opened.current);
    opened.current = true;
    // Each user action's history entry is written after the frame that shows the change: a
    // pushState costs the click 7–30 ms (4× CPU) before React may render. In order, one per action.
    const pending: ViewState[] = [];
    let scheduled = 0;
    const flush = () => {
      cancelAnimationFrame(scheduled);
      scheduled = 0;
      for (const view of pending.splice(0)) {
        const search = serializeView(view);
        if (search !== window.location.search) {
          const hash = hashToKeep(window.location.hash, linkedLoaded);
          window.history.pushState(null, '', `${window.location.pathname}${search}${hash}`);
        }
      }
    };
    const onPopState = () => {
      pending.length = 0;
      // A new `#data=` in an open tab (typed, pasted, or a link with the same query): read it,
      // with its notice, rather than drop it; the fragment stays while it is read.
      const hash = window.location.hash;
      const arrived = fragmentPayload(hash) !== null && hash !== fragment.current && newFragment.current;
      if (arrived) {
        fragment.current = hash;
        newFragment.current?.(hash);
      }
      open(true, Boolean(arrived));
    };
    const unsubscribe = useViewStore.subscribe((s, previous) => {
      if (!s.view || s.view === previous.view || !takeUserChange()) return;
      pending.push(s.view);
      if (!scheduled) scheduled = requestAnimationFrame(() => setTimeout(flush, 0));
    });
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', flush);
    };
  }, [catalog, linkedLoaded]);
}

function sameView(a: ViewState | null, b: ViewState): boolean {
  return a !== null && serializeView(a) === serializeView(b);
}

function sameDropped(a: readonly DroppedValue[], b: readonly DroppedValue[]): boolean {
  return (
    a.length === b.length &&
    a.every((d, i) => d.parameter === b[i]?.parameter && d.value === b[i]?.value && d.reason === b[i]?.reason)
  );
}
