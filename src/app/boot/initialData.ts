import type { Profile } from '../../data/profileSchema';
import { BOOT_FILES_ID, type BootFiles } from './bootFiles';

/**
 * What the page needs to hydrate its prerendered (default) view, besides the dataset: written into
 * index.html at build time (vite.config.ts, prerender plugin) as `<script type="application/json"
 * id="initial-data">`, not executable, so the CSP needs no 'unsafe-inline'. The dataset itself is a
 * file of its own (`BootFiles.data`), fetched beside the script once the page has been painted.
 * Validated at build time (src/app/boot/prerender.tsx), so the page does not parse either with zod again.
 */
export interface InitialData {
  /** Narrative profiles shown in the prerendered view, by country code. */
  profiles: Record<string, Profile>;
  /** Width of the chart in the prerendered markup (hydration renders it at this width first). */
  chartWidth: number;
  /** Canonical query string of the prerendered (default) view. */
  defaultSearch: string;
  /** The query string the edge rendered #root for (a link; src/app/edge), when the page may hydrate it. */
  rendered?: string;
}

export const INITIAL_DATA_ID = 'initial-data';

function readJsonElement<T>(id: string, doc: Document): T | null {
  const element = doc.getElementById(id);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as T;
  } catch {
    return null;
  }
}

export const readInitialData = (doc: Document = document) =>
  readJsonElement<InitialData>(INITIAL_DATA_ID, doc);
export const readBootFiles = (doc: Document = document) => readJsonElement<BootFiles>(BOOT_FILES_ID, doc);
