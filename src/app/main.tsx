import { QueryClient } from '@tanstack/react-query';
import { startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { preloadChartKind } from '../charts/chartKinds';
import type { Dataset } from '../data/schema';
import { catalogOf } from '../state/catalog';
import { useViewStore } from '../state/store';
import { chartKindOf, parseView } from '../state/url';
import { pinChartWidth } from '../ui/layoutEstimate';
import { briefPage, indexOf, linkNamesOwnData } from './App';
import { FRESH_RENDER_CLASS, INTERACTIVE_ATTRIBUTE, PRERENDERED_ATTRIBUTE } from './boot/constants';
import { type InitialData, readBootFiles, readInitialData } from './boot/initialData';
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
 * The built-in dataset, or null if it cannot be had or is not of this version's shape (a stale or
 * half-deployed file): then the app fetches it itself and shows the data error with Retry. Its shape
 * is checked at once, every value (zod, in its own chunk, fetched beside the file) before it is used.
 */
async function builtInDataset(url: string): Promise<Dataset | null> {
  try {
    const schema = import('../data/schema');
    const response = await fetch(url);
    const raw = response.ok ? ((await response.json()) as Record<string, unknown> | null) : null;
    if (raw?.schemaVersion !== 2 || !LISTS.every((list) => Array.isArray(raw[list]))) return null;
    return (await schema).isDataset(raw) ? raw : null;
  } catch {
    return null;
  }
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

function fresh(element: HTMLElement) {
  const root = createRoot(element);
  flushSync(() => root.render(<Root queryClient={queryClient} />));
  element.removeAttribute(PRERENDERED_ATTRIBUTE);
  document.documentElement.classList.remove(FRESH_RENDER_CLASS);
  document.documentElement.setAttribute(INTERACTIVE_ATTRIBUTE, '');
}

function hydrated() {
  pinChartWidth(null);
  document.documentElement.setAttribute(INTERACTIVE_ATTRIBUTE, '');
}

async function boot(element: HTMLElement, page: InitialData, dataset: Dataset) {
  queryClient.setQueryData(['dataset'], dataset);
  for (const [code, profile] of Object.entries(page.profiles)) {
    queryClient.setQueryData(['profile', code], profile);
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
  const dataUrl = readBootFiles()?.data;
  const dataset = dataUrl ? builtInDataset(dataUrl) : null;
  const linkedKind = chartKindOf(new URLSearchParams(search).get('chart') ?? '');
  if (linkedKind) void preloadChartKind(linkedKind);
  await parsed();
  const container = document.getElementById('root');
  if (!container) return;
  const initial = readInitialData();
  const data = initial && dataset ? await dataset : null;
  if (initial && data) await boot(container, initial, data);
  else fresh(container);
}

void start();
