import { startTransition, useEffect, useRef } from 'react';
import { hashToKeep } from '../share/fragmentHash';
import { takeUserChange, useViewStore } from './store';
import type { DroppedValue } from './url';
import { parseView, serializeView } from './url';
import type { Catalog, ViewState } from './view';

/**
 * Keeps the URL and the store in step: the URL opens the view, each user action pushes a history
 * entry, back/forward restore the view, and the address bar always shows the canonical form.
 * When the catalog changes under an open view (the analyst added or removed their own data), the
 * view is re-read quietly: a removed indicator leaves the selection without a "link" notice.
 * A `#data=` fragment stays while data from the link is loaded (`linkedLoaded`) and is dropped
 * otherwise (src/share/fragmentHash.ts); any other fragment is kept as it is.
 */
export function useUrlSync(catalog: Catalog | null, linkedLoaded = false): void {
  const opened = useRef(false);
  useEffect(() => {
    if (!catalog) return;
    const { restore } = useViewStore.getState();
    const open = (fromLink: boolean) => {
      const { state, dropped } = parseView(window.location.search, catalog);
      const current = useViewStore.getState();
      const notices = fromLink ? dropped : current.dropped;
      // The view boot already set (src/main.tsx) or one equal to it: no second render of the dashboard.
      if (!sameView(current.view, state) || !sameDropped(current.dropped, notices)) {
        // A transition lets React render the dashboard in slices rather than one long task.
        startTransition(() => restore(state, notices));
      }
      const canonical = serializeView(state);
      const hash = hashToKeep(window.location.hash, linkedLoaded);
      if (canonical !== window.location.search || hash !== window.location.hash) {
        window.history.replaceState(null, '', `${window.location.pathname}${canonical}${hash}`);
      }
    };
    open(!opened.current);
    opened.current = true;
    // Each user action's history entry is written after the frame that shows the change, when the
    // main thread is idle: a pushState costs 15–50 ms at 4× CPU (profiled). Before React renders it
    // would delay the paint; as the first task after that frame (rAF + timeout) it still held up
    // whatever the page did next. In order, one per action.
    const pending: ViewState[] = [];
    let scheduled = 0;
    let idle = 0;
    const flush = () => {
      cancelAnimationFrame(scheduled);
      cancelIdle(idle);
      scheduled = 0;
      idle = 0;
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
      open(true);
    };
    const unsubscribe = useViewStore.subscribe((s, previous) => {
      if (!s.view || s.view === previous.view || !takeUserChange()) return;
      pending.push(s.view);
      if (!scheduled && !idle)
        scheduled = requestAnimationFrame(() => {
          scheduled = 0;
          idle = whenIdle(flush);
        });
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

/** Runs `callback` when the main thread is idle (at most 250 ms later). */
function whenIdle(callback: () => void): number {
  return typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: 250 })
    : window.setTimeout(callback, 0);
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
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
