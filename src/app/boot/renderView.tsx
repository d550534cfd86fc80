import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import type { DatasetIndex } from '../../data/derive';
import type { Profile } from '../../data/profileSchema';
import type { Dataset } from '../../data/schema';
import type { ViewState } from '../../data/view';
import { catalogOf } from '../../state/catalog';
import { useViewStore } from '../../state/store';
import { type DroppedValue, parseBrief, parseView } from '../../state/url';
import { indexOf, linkNamesOwnData } from '../App';
import { Root } from '../Root';

/**
 * One renderer for a link, on the server (src/app/edge, at the edge) and at build time
 * (prerender.tsx, the default view into index.html): what the link opens, then its markup,
 * rendered as the browser would render it at PRERENDER_WINDOW's width, so the browser can hydrate it.
 */

/** The window a view is rendered for: the chart column of a 1400 px wide window. */
export const PRERENDER_WINDOW = { width: 1400 };

/** What a link opens, as the browser will open it (the same parse, the same catalog). */
export interface LinkPlan {
  search: string;
  /** The page's origin as the browser will see it ('' at build time: the default view reads none). */
  origin: string;
  index: DatasetIndex;
  view: ViewState;
  /** Values of the link that were dropped (named in the page's notice). */
  dropped: DroppedValue[];
  /** `brief=CC` naming a country: the brief instead of the dashboard. */
  brief: string | null;
  /** The link names the analyst's own indicators, which only their browser holds. */
  ownData: boolean;
  /** The countries whose narrative profile the page shows (their files are read before rendering). */
  profiles: string[];
}

export function planLink(dataset: Dataset, search: string, origin = ''): LinkPlan {
  const index = indexOf(dataset);
  const catalog = catalogOf(index);
  const brief = parseBrief(search, catalog).code;
  const { state, dropped } = parseView(search, catalog);
  const shown = brief ?? state.profile;
  return {
    search,
    origin,
    index,
    view: state,
    dropped,
    brief,
    ownData: linkNamesOwnData(search),
    profiles: shown && index.countries.get(shown)?.profile ? [shown] : [],
  };
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let out = '';
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out += decoder.decode(value, { stream: true });
  }
  return out + decoder.decode();
}

/** Data a chart kind fetches on its first render (the map's outlines), by query key. */
export type KindData = Record<string, unknown>;

export interface RenderedLink {
  markup: string;
  /** Width of the chart in the markup (hydration renders it at this width first), or null (a brief). */
  chartWidth: number | null;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * The markup of #root for a planned link. The view store and `window` are globals of the page:
 * renders run one after the other (a server isolate may take several requests at once).
 */
export function renderLink(
  plan: LinkPlan,
  profiles: Record<string, Profile>,
  kindData: KindData = {},
): Promise<RenderedLink> {
  const run = queue.then(() => renderNow(plan, profiles, kindData));
  queue = run.catch(() => undefined);
  return run;
}

async function renderNow(
  plan: LinkPlan,
  profiles: Record<string, Profile>,
  kindData: KindData,
): Promise<RenderedLink> {
  const queryClient = new QueryClient();
  queryClient.setQueryData(['dataset'], plan.index.dataset);
  for (const [code, profile] of Object.entries(profiles))
    queryClient.setQueryData(['profile', code], profile);
  for (const [key, value] of Object.entries(kindData)) queryClient.setQueryData([key], value);
  useViewStore.getState().restore(plan.view, plan.dropped);

  // What render reads of the window: its width (the chart's first width) and the page's address.
  const globals = globalThis as { window?: unknown };
  const hadWindow = 'window' in globals;
  const previous = globals.window;
  globals.window = {
    innerWidth: PRERENDER_WINDOW.width,
    location: { origin: plan.origin, pathname: '/', search: plan.search, hash: '' },
  };
  try {
    const markup = await renderToString(<Root queryClient={queryClient} />);
    const width = /<svg[^>]*role="img"[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(markup)?.[1];
    return { markup, chartWidth: width ? Number(width) : null };
  } finally {
    if (hadWindow) globals.window = previous;
    else delete globals.window;
    queryClient.clear();
  }
}

async function renderToString(element: ReactNode): Promise<string> {
  let failure: unknown = null;
  const { prelude } = await prerender(element, {
    // Every Suspense boundary (lazy chart kinds, the profile panel, the brief) written in place,
    // complete: no streaming script (the CSP would block it), nothing hidden from a reader without JS.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError: (error) => {
      failure ??= error;
    },
  });
  const markup = await text(prelude);
  if (failure) throw failure;
  return markup;
}
