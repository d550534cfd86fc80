import { QueryClient } from '@tanstack/react-query';
import { startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { preloadChartKind } from '../charts/chartKinds';
import { DataLoadError, FETCH_TIMEOUT_MS, timedOut } from '../data/dataLoadError';
import type { Profile } from '../data/profileSchema';
import { DATASET_URL } from '../data/queries';
import type { Dataset } from '../data/schema';
import { catalogOf } from '../state/catalog';
import { useViewStore } from '../state/store';
import { chartKindOf, parseView } from '../state/url';
import { pinChartWidth } from '../ui/layoutEstimate';
import { whenIdle } from '../ui/whenIdle';
import { briefPage, indexOf, linkNamesOwnData } from './App';
import type { BootFiles } from './boot/bootFiles';
import { FRESH_RENDER_CLASS, INTERACTIVE_ATTRIBUTE, PRERENDERED_ATTRIBUTE } from './boot/constants';
import { holdDeferredParts, releaseDeferredParts } from './boot/deferredParts';
import { type InitialData, readBootFiles, readInitialData } from './boot/initialData';
import { embeddedView } from './Dashboard';
import { Root } from './Root';
import '../ui/styles.css';

/**
 * Boot. index.html holds the default view, prerendered at build time, and what it needs to hydrate
 * besides the dataset (src/app/boot/initialData.ts); its inline boot script (src/app/boot/bootFiles.ts)
 * loads this module and the dataset after the first paint, or at once on a link to another view.
 * On the default view the page hydrates that markup; on any other link (hidden until now) it
 * renders the linked view as soon as its data and chart code are here, so the default view is never
 * painted first. Without the prerender (the dev server), or if the built-in dataset cannot be
 * fetched, the app renders from scratch and fetches its data itself, with its own messages.
 */

const queryClient = new QueryClient();
const search = window.location.search;

const LISTS = ['surveys', 'concepts', 'sources', 'indicators', 'countries', 'observations'] as const;

/**
 * A file the build checked (zod, `npm run data`), fetched with its integrity (SHA-256): the browser
 * refuses any other bytes, so no schema code loads at boot. Null when it cannot be had that way
 * (no integrity, an error, another file): then the app fetches it itself and checks every value.
 */
async function checkedFile<T>(url: string, integrity?: string, signal?: AbortSignal): Promise<T | null> {
  if (!integrity) return null;
  try {
    const response = await fetch(url, { integrity, ...(signal ? { signal } : {}) });
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

/**
 * The built-in dataset, or null if it is not of this version's shape (a stale or half-deployed file).
 * A server that does not answer within the app's time limit gives the data error, which the app shows
 * at once with Retry, on every link as on `/` (never a page that waits without an end).
 */
async function builtInDataset(url: string, integrity?: string): Promise<Dataset | DataLoadError | null> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const raw = await checkedFile<Record<string, unknown>>(url, integrity, timeout);
  if (timeout.aborted) return timedOut(DATASET_URL);
  return raw?.schemaVersion === 2 && LISTS.every((list) => Array.isArray(raw[list]))
    ? (raw as unknown as Dataset)
    : null;
}

/** The profiles a link opens (`profile=`, `brief=`; preloaded by the boot script), by code. None for
 * a link the edge rendered: its page holds them already (fetching them again would cost a request). */
function linkedProfiles(files: BootFiles | null): Promise<[string, Profile | null][]> {
  if (files?.rendered === search) return Promise.resolve([]);
  const params = new URLSearchParams(search);
  const integrity = files?.profile.integrity ?? {};
  const codes = ['profile', 'brief']
    .map((p) => (params.get(p) ?? '').trim().toUpperCase())
    .filter((c) => Object.hasOwn(integrity, c));
  return Promise.all(
    codes.map(async (code) => [
      code,
      await checkedFile<Profile>(`${files?.profile.folder}${code}.json`, integrity[code]),
    ]),
  );
}

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

/** Renders the page from scratch; what it can do without (the profile panel) comes once it is interactive. */
function fresh(element: HTMLElement) {
  const root = createRoot(element);
  holdDeferredParts();
  flushSync(() => root.render(<Root queryClient={queryClient} />));
  element.removeAttribute(PRERENDERED_ATTRIBUTE);
  document.documentElement.classList.remove(FRESH_RENDER_CLASS);
  document.documentElement.setAttribute(INTERACTIVE_ATTRIBUTE, '');
  // A microtask later, after the observers of the page's interactive state have seen it: released at
  // once, the profile panel's render (and its code's fetch) came first.
  queueMicrotask(releaseDeferredParts);
}

function hydrated() {
  pinChartWidth(null);
  document.documentElement.setAttribute(INTERACTIVE_ATTRIBUTE, '');
}

async function boot(
  element: HTMLElement,
  page: InitialData,
  dataset: Dataset,
  profiles: Promise<[string, Profile | null][]>,
) {
  queryClient.setQueryData(['dataset'], dataset);
  for (const [code, profile] of [...Object.entries(page.profiles), ...(await profiles)]) {
    if (profile) queryClient.setQueryData(['profile', code], profile);
  }
  const hydrate =
    element.hasAttribute(PRERENDERED_ATTRIBUTE) &&
    !document.documentElement.classList.contains(FRESH_RENDER_CLASS) &&
    (search === '' || search === '?' || search === page.defaultSearch || search === page.rendered);
  // The view is set before the first render (prerender and hydration render the same one); a
  // link to own data waits for IndexedDB in App instead.
  if (!linkNamesOwnData(search)) {
    const { state, dropped } = parseView(search, catalogOf(indexOf(dataset)));
    // The edge rendered a link with its notice of dropped values; the build's default view has none.
    useViewStore.getState().restore(state, hydrate && page.rendered !== search ? [] : dropped);
  }
  // The chart kind's code first (fetched ahead by the boot script): a deep link's first paint is
  // the chart, and the prerendered default (All surveys, a lazy kind) hydrates in one pass.
  await preloadChartKind(useViewStore.getState().view?.chart ?? 'bars');
  // A link to a brief waits for the brief's code (fetched ahead too): its first paint is the brief.
  if (new URLSearchParams(search).has('brief')) await briefPage.warm();
  // So does an embedded view (`embed=1`) for its own code.
  if (useViewStore.getState().view?.embed) await embeddedView.warm();
  if (hydrate) {
    pinChartWidth(page.chartWidth);
    // Hydrated as a transition: in slices, with no long task in front of a tap or a key.
    startTransition(() => {
      hydrateRoot(element, <Root queryClient={queryClient} onCommit={hydrated} />);
    });
    releasePrerenderStyles(element);
  } else {
    fresh(element);
  }
}

/**
 * The boot script inserts this module as an async script: on a deep link it can run while the
 * parser has not yet reached #root or the hydration data at the end of <body>.
 */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

async function start() {
  // The file list is in <head>; the dataset, preloaded by the boot script, is asked for at once,
  // and so is the code of the chart kind a link asks for (fetched ahead too; its import also has to
  // link and run the module, which then overlaps the wait for the dataset).
  const bootFiles = readBootFiles();
  const dataset = bootFiles?.data ? builtInDataset(bootFiles.data, bootFiles.dataIntegrity) : null;
  const profiles = linkedProfiles(bootFiles);
  const linkedKind = chartKindOf(new URLSearchParams(search).get('chart') ?? '');
  if (linkedKind) void preloadChartKind(linkedKind);
  await parsed();
  const container = document.getElementById('root');
  if (!container) return;
  const initial = readInitialData();
  const data = initial && dataset ? await dataset : null;
  if (initial && data && !(data instanceof DataLoadError)) await boot(container, initial, data, profiles);
  else {
    // The time-out is the data error at once (the query is not fetched again on mount).
    if (data instanceof DataLoadError)
      await queryClient.prefetchQuery({
        queryKey: ['dataset'],
        queryFn: () => Promise.reject(data),
        retry: false,
      });
    fresh(container);
  }
}

/**
 * Offline use (src/app/offline/): the service worker is registered from a chunk of its own once the
 * page is interactive and the browser idle (and, there, loaded), so the first view never waits for it.
 */
void start().finally(() => {
  if (import.meta.env.PROD && 'serviceWorker' in navigator)
    whenIdle(() => import('./offline/serviceWorker').then((m) => m.registerServiceWorker(), String));
});
