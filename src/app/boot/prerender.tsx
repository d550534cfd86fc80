import * as z from 'zod/mini';
import { type Profile, profileSchema } from '../../data/profileSchema';
import { datasetSchema } from '../../data/schema';
import { defaultView } from '../../data/view';
import { catalogOf } from '../../state/catalog';
import { serializeView } from '../../state/url';
import { indexOf } from '../App';
import type { InitialData } from './initialData';
import { planLink, renderLink } from './renderView';

/**
 * Build-time render of the default view (loaded by the prerender plugin in vite.config.ts through
 * Vite's ssrLoadModule, never shipped to the browser), with the renderer the edge uses for every
 * link (renderView.tsx). Returns the markup for #root and what the page needs, besides the dataset,
 * to hydrate it. The inline script in <head> that loads the app (and hides this view on any other
 * link) is src/app/boot/bootFiles.ts.
 */

export interface Prerendered {
  markup: string;
  data: InitialData;
}

/** `readJson(path)` reads a file of public/ (e.g. `data/indicators.json`) as parsed JSON. */
export async function prerenderDefaultView(readJson: (path: string) => unknown): Promise<Prerendered> {
  const dataset = z.parse(datasetSchema, readJson('data/indicators.json'));
  const defaultSearch = serializeView(defaultView(catalogOf(indexOf(dataset))));
  const plan = planLink(dataset, defaultSearch);
  const profiles: Record<string, Profile> = {};
  for (const code of plan.profiles)
    profiles[code] = z.parse(profileSchema, readJson(`data/profiles/${code}.json`));
  const { markup, chartWidth } = await renderLink(plan, profiles);
  if (!chartWidth) throw new Error('prerender: the default view has no chart svg');
  if (!markup.includes('class="mark')) throw new Error('prerender: the default chart has no marks');
  return { markup, data: { profiles, chartWidth, defaultSearch } };
}
