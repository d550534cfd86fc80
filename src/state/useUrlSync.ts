import { startTransition, useEffect, useRef } from 'react';
import { hashToKeep } from '../share/fragmentHash';
import { takeUserChange, useViewStore } from './store';
import { parseView, serializeView } from './url';
import type { Catalog } from './view';

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
      const notices = fromLink ? dropped : useViewStore.getState().dropped;
      // A transition lets React render the dashboard in slices rather than one long task.
      startTransition(() => restore(state, notices));
      const canonical = serializeView(state);
      const hash = hashToKeep(window.location.hash, linkedLoaded);
      if (canonical !== window.location.search || hash !== window.location.hash) {
        window.history.replaceState(null, '', `${window.location.pathname}${canonical}${hash}`);
      }
    };
    open(!opened.current);
    opened.current = true;
    const onPopState = () => open(true);
    const unsubscribe = useViewStore.subscribe((s, previous) => {
      if (!s.view || s.view === previous.view || !takeUserChange()) return;
      const search = serializeView(s.view);
      if (search !== window.location.search) {
        const hash = hashToKeep(window.location.hash, linkedLoaded);
        window.history.pushState(null, '', `${window.location.pathname}${search}${hash}`);
      }
    });
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [catalog, linkedLoaded]);
}
