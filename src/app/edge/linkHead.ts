import { DASHBOARD_NAME } from '../../data/pageTitle';
import { LICENSE } from '../../share/dataPackage';
import { FULL_PACKAGE_FILE } from '../../share/fullPackage';
import { scriptJson } from '../boot/bootFiles';
import { escapeHtml } from './escape';
import type { LinkText } from './linkText';

/** The preview image: 1200×630, as Open Graph and Twitter's large card want it. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
export const PREVIEW_PATH = '/preview.png';
export const OEMBED_PATH = '/oembed';
export const VIEW_CSV_PATH = '/view.csv';

export interface LinkAddress {
  /** The site's origin, as the request reached it (`https://example.org`). */
  origin: string;
  /** The canonical query of the view (`?countries=…`), never the raw one of the request. */
  query: string;
  /** The day the data were built (`built` in indicators.json). */
  built?: string | undefined;
}

export const absolute = (address: LinkAddress, path: string) => `${address.origin}${path}`;
export const canonicalUrl = (address: LinkAddress) => `${address.origin}/${address.query}`;
export const previewUrl = (address: LinkAddress) => `${address.origin}${PREVIEW_PATH}${address.query}`;

/** schema.org Dataset: the data behind the view, as dataset search engines read it. */
export function datasetJsonLd(address: LinkAddress, text: LinkText): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: text.title,
    description: text.description,
    url: canonicalUrl(address),
    isAccessibleForFree: true,
    ...(address.built ? { dateModified: address.built } : {}),
    creator: { '@type': 'Organization', name: DASHBOARD_NAME, url: `${address.origin}/` },
    license: { '@type': 'CreativeWork', name: LICENSE.title },
    distribution: [
      {
        '@type': 'DataDownload',
        name: 'The data of this view (CSV)',
        encodingFormat: 'text/csv',
        contentUrl: `${address.origin}${VIEW_CSV_PATH}${address.query}`,
      },
      {
        '@type': 'DataDownload',
        name: 'The full dataset as a Frictionless Data Package (ZIP)',
        encodingFormat: 'application/zip',
        contentUrl: `${address.origin}/data/${FULL_PACKAGE_FILE}`,
      },
    ],
  };
}

/** Every tag the edge writes into <head> for a link, each value escaped (nothing from a URL is markup). */
export function linkHead(address: LinkAddress, text: LinkText): string {
  const e = escapeHtml;
  const url = canonicalUrl(address);
  const meta = (key: 'name' | 'property', name: string, content: string | number) =>
    `<meta ${key}="${name}" content="${e(String(content))}" />`;
  const oembed = `${address.origin}${OEMBED_PATH}?url=${encodeURIComponent(url)}&format=json`;
  return [
    `<title>${e(text.pageTitle)}</title>`,
    meta('name', 'description', text.description),
    `<link rel="canonical" href="${e(url)}" />`,
    `<link rel="alternate" type="application/json+oembed" href="${e(oembed)}" title="${e(text.title)}" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', DASHBOARD_NAME),
    meta('property', 'og:title', text.title),
    meta('property', 'og:description', text.description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', previewUrl(address)),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', PREVIEW_SIZE.width),
    meta('property', 'og:image:height', PREVIEW_SIZE.height),
    meta('property', 'og:image:alt', text.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', text.title),
    meta('name', 'twitter:description', text.description),
    meta('name', 'twitter:image', previewUrl(address)),
    meta('name', 'twitter:image:alt', text.imageAlt),
    `<script type="application/ld+json">${scriptJson(datasetJsonLd(address, text))}</script>`,
  ].join('\n    ');
}
