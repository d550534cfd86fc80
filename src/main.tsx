import { QueryClient } from '@tanstack/react-query';
import { startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { indexOf, linkNamesOwnData } from './App';
import { FRESH_RENDER_CLASS, PRERENDERED_ATTRIBUTE } from './boot/constants';
import { readInitialData } from './boot/initialData';
import { preloadChartKind } from './charts/chartKinds';
import { Root } from './Root';
import { catalogOf } from './state/catalog';
import { useViewStore } from './state/store';
import { parseView } from './state/url';
import { pinChartWidth } from './ui/layoutEstimate';
import './ui/styles.css';

/**
 * Boot. index.html holds the default view, prerendered at build time, and the built-in data
 * (src/boot/initialData.ts). On the default view the page hydrates that markup; on any other link
 * (hidden until now by the inline script in <head>) it renders the linked view at once, in this
 * task, so the default view is never painted first. Without the prerender (the dev server) the
 * app fetches its data as before.
 */

const queryClient = new QueryClient();
const container = document.getElementById('root');
const initial = readInitialData();
const search = window.location.search;

/** Ends the prerender's styles once the chart has its real width (or at once if it already had it). */
function releasePrerenderStyles(element: HTMLElement) {
  const release = () => {
    observer.disconnect();
    clearTimeout(timer);
    element.removeAttribute(PRERENDERED_ATTRIBUTE);
  };
  const observer = new MutationObserver(release);
  observer.observe(element, { subtree: true, attributes: true, attributeFilter: ['width'] });
  // The ResizeObserver reports the width after the first layout; if it did not change, no mutation comes.
  const timer = setTimeout(release, 1000);
}

if (container) {
  const fresh = () => {
    const root = createRoot(container);
    flushSync(() => root.render(<Root queryClient={queryClient} />));
    container.removeAttribute(PRERENDERED_ATTRIBUTE);
    document.documentElement.classList.remove(FRESH_RENDER_CLASS);
  };
  if (!initial) {
    fresh();
  } else {
    queryClient.setQueryData(['dataset'], initial.dataset);
    for (const [code, profile] of Object.entries(initial.profiles)) {
      queryClient.setQueryData(['profile', code], profile);
    }
    const hydrate =
      container.hasAttribute(PRERENDERED_ATTRIBUTE) &&
      !document.documentElement.classList.contains(FRESH_RENDER_CLASS) &&
      (search === '' || search === '?' || search === initial.defaultSearch);
    // The view is set before the first render (prerender and hydration render the same one); a
    // link to own data waits for IndexedDB in App instead.
    if (!linkNamesOwnData(search)) {
      const { state, dropped } = parseView(search, catalogOf(indexOf(initial.dataset)));
      useViewStore.getState().restore(state, hydrate ? [] : dropped);
    }
    if (hydrate) {
      pinChartWidth(initial.chartWidth);
      // The prerendered page is painted first (the module may run before the first paint), then
      // hydrated as a transition: in slices, with no long task in front of a tap or a key.
      requestAnimationFrame(() =>
        setTimeout(() => {
          startTransition(() => {
            hydrateRoot(container, <Root queryClient={queryClient} onCommit={() => pinChartWidth(null)} />);
          });
          releasePrerenderStyles(container);
        }, 0),
      );
    } else {
      // A deep link to another chart kind waits for its code, so its first paint is the chart.
      const chart = useViewStore.getState().view?.chart ?? 'bars';
      void preloadChartKind(chart).then(fresh);
    }
  }
}
