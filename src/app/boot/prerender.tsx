import { QueryClient } from '@tanstack/react-query';
import { prerenderToNodeStream } from 'react-dom/static';
import * as z from 'zod/mini';
import { type Profile, profileSchema } from '../../data/profileSchema';
import { datasetSchema } from '../../data/schema';
import { defaultView } from '../../data/view';
import { catalogOf } from '../../state/catalog';
import { useViewStore } from '../../state/store';
import { serializeView } from '../../state/url';
import { indexOf } from '../App';
import { Root } from '../Root';
import type { InitialData } from './initialData';

/**
 * Build-time render of the default view (loaded by the prerender plugin in vite.config.ts through
 * Vite's ssrLoadModule, never shipped to the browser). Returns the markup for #root and what the
 * page needs, besides the dataset, to hydrate it. The inline script in <head> that loads the app
 * (and hides this view on any other link) is src/app/boot/bootFiles.ts.
 */

/** The window the default view is prerendered for: the chart column of a 1400 px wide window. */
export const PRERENDER_WINDOW = { width: 1400 };

export interface Prerendered {
  markup: string;
  data: InitialData;
}

async function text(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  let out = '';
  for await (const chunk of stream)
    out += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
  return out;
}

/** `readJson(path)` reads a file of public/ (e.g. `data/indicators.json`) as parsed JSON. */
export async function prerenderDefaultView(readJson: (path: string) => unknown): Promise<Prerendered> {
  const dataset = z.parse(datasetSchema, readJson('data/indicators.json'));
  const index = indexOf(dataset);
  const view = defaultView(catalogOf(index));
  const profiles: Record<string, Profile> = {};
  if (view.profile && index.countries.get(view.profile)?.profile) {
    profiles[view.profile] = z.parse(profileSchema, readJson(`data/profiles/${view.profile}.json`));
  }
  const queryClient = new QueryClient();
  queryClient.setQueryData(['dataset'], dataset);
  for (const [code, profile] of Object.entries(profiles))
    queryClient.setQueryData(['profile', code], profile);
  useViewStore.getState().restore(view, []);

  // What render reads of the window: its width (the chart's first width) and the page's address.
  const globals = globalThis as { window?: unknown };
  const hadWindow = 'window' in globals;
  const previous = globals.window;
  globals.window = {
    innerWidth: PRERENDER_WINDOW.width,
    location: { origin: '', pathname: '/', search: '', hash: '' },
  };
  let markup: string;
  try {
    const { prelude } = await prerenderToNodeStream(<Root queryClient={queryClient} />, {
      // Every Suspense boundary (the lazy profile panel) written in place, complete: no streaming
      // script (the CSP would block it) and nothing hidden from a reader without JavaScript.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        throw error;
      },
    });
    markup = await text(prelude);
  } finally {
    if (hadWindow) globals.window = previous;
    else delete globals.window;
  }
  const width = /<svg[^>]*role="img"[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(markup)?.[1];
  if (!width) throw new Error('prerender: the default view has no chart svg');
  if (!markup.includes('class="mark')) throw new Error('prerender: the default chart has no marks');
  return { markup, data: { profiles, chartWidth: Number(width), defaultSearch: serializeView(view) } };
}
