import { startTransition, useEffect } from 'react';
import { takeUserChange, useViewStore } from './store';
import { parseView, serializeView } from './url';
import type { Catalog } from './view';

/**
 * Keeps the URL and the store in step: the URL opens the view, each user action pushes a history
 * entry, back/forward restore the view, and the address bar always shows the canonical form.
 */
export function useUrlSync(catalog: Catalog | null): void {
  useEffect(() => {
    if (!catalog) return;
    const { restore } = useViewStore.getState();
    const open = () => {
      const { state, dropped } = parseView(window.location.search, catalog);
      // A transition lets React render the dashboard in slices rather than one long task.
      startTransition(() => restore(state, dropped));
      const canonical = serializeView(state);
      if (canonical !== window.location.search) {
        window.history.replaceState(
          null,
          '',
          `${window.location.pathname}${canonical}${window.location.hash}`,
        );
      }
    };
    open();
    const unsubscribe = useViewStore.subscribe((s, previous) => {
      if (!s.view || s.view === previous.view || !takeUserChange()) return;
      const search = serializeView(s.view);
      if (search !== window.location.search) {
        window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      }
    });
    window.addEventListener('popstate', open);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', open);
    };
  }, [catalog]);
}
