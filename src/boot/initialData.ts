import type { Dataset } from '../data/schema';
import type { Profile } from '../profiles/profileSchema';

/**
 * The built-in data of the first view, written into index.html at build time (vite.config.ts,
 * prerender plugin) as `<script type="application/json" id="initial-data">`: not executable, so the
 * CSP needs no 'unsafe-inline'. Validated at build time (src/boot/prerender.tsx), so the page does
 * not parse it with zod again.
 */
export interface InitialData {
  dataset: Dataset;
  /** Narrative profiles shown in the prerendered view, by country code. */
  profiles: Record<string, Profile>;
  /** Width of the chart in the prerendered markup (hydration renders it at this width first). */
  chartWidth: number;
  /** Canonical query string of the prerendered (default) view. */
  defaultSearch: string;
}

export const INITIAL_DATA_ID = 'initial-data';

/** JSON inside a <script> element: `<` escaped so no `</script>` or `<!--` can end it early. */
export function initialDataJson(data: InitialData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function readInitialData(doc: Document = document): InitialData | null {
  const element = doc.getElementById(INITIAL_DATA_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as InitialData;
  } catch {
    return null;
  }
}
