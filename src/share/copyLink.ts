import type { ImportedData } from '../data/importedData';
import { encodeFragment, MAX_FRAGMENT_CHARS } from './fragment';

/**
 * What the toolbar's Copy link copies when the view shows the analyst's own indicators: the link
 * with those rows in its `#data=` fragment (as Share's "Link with your data"), or, over the size a
 * link can carry, the plain link and a status that says plainly the data is not in it.
 */

/** The imports cut to the indicators the view shows. */
export function shownImports(
  imports: readonly ImportedData[],
  indicators: readonly string[],
): ImportedData[] {
  const shown = new Set(indicators);
  return imports
    .map((d) => ({
      ...d,
      indicators: d.indicators.filter((i) => shown.has(i.id)),
      observations: d.observations.filter((o) => shown.has(o.indicator)),
    }))
    .filter((d) => d.observations.length > 0);
}

export interface LinkToCopy {
  text: string;
  /** The status once copied. */
  copied: string;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function linkToCopy(
  link: string,
  imports: readonly ImportedData[],
  indicators: readonly string[],
): LinkToCopy {
  const shown = shownImports(imports, indicators);
  if (shown.length === 0) {
    return {
      text: link,
      copied:
        'Link copied without your data (it is not loaded here); whoever opens it sees the published figures only',
    };
  }
  const figures = shown.reduce((n, d) => n + d.observations.filter((o) => o.value !== null).length, 0);
  const encoded = encodeFragment(shown);
  if (!encoded.ok) {
    return {
      text: link,
      copied: `Link copied WITHOUT your data: ${kb(encoded.chars)} is more than a link carries (${kb(MAX_FRAGMENT_CHARS)}); Share offers it as a CSV file`,
    };
  }
  return {
    text: `${link}${encoded.fragment}`,
    copied: `Link copied with your data (${figures} figure${figures === 1 ? '' : 's'})`,
  };
}
