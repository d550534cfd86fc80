/** The iframe snippet of the Share menu and of oEmbed: a height that fits the chart, and a title naming the view. */

/** Room under the chart in the embedded view: the short source line and the link to the full view. */
export const EMBED_FOOTER_PX = 72;
export const EMBED_MIN_HEIGHT = 240;
export const EMBED_WIDTH = 800;

/**
 * The message an embedded view (`embed=1`) posts to the page that frames it whenever its height
 * changes: `{ type: 'epsos-indicators:embed-height', height: <CSS px, integer> }`. The sizing script
 * (public/embed.js, loaded by the embed code) sets the height of the iframe it came from.
 */
export const EMBED_HEIGHT_MESSAGE = 'epsos-indicators:embed-height';
/** The sizing script, served from the site's root (public/embed.js). */
export const EMBED_SCRIPT_PATH = '/embed.js';
/** Marks the iframes the sizing script may size. */
export const EMBED_ATTRIBUTE = 'data-epsos-embed';

export function embedHeight(chartHeight: number | null): number {
  if (chartHeight === null || !Number.isFinite(chartHeight) || chartHeight <= 0) return 600;
  return Math.max(EMBED_MIN_HEIGHT, Math.ceil((chartHeight + EMBED_FOOTER_PX) / 10) * 10);
}

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The link with `embed=1`, its fragment (`#data=`) kept at the end. */
export function embedLink(link: string): string {
  const hashAt = link.indexOf('#');
  const fragment = hashAt >= 0 ? link.slice(hashAt) : '';
  const plain = hashAt >= 0 ? link.slice(0, hashAt) : link;
  // Appended rather than set through URLSearchParams, which would re-encode the commas of the canonical link.
  const base = plain.replace(/([?&])embed=[^&#]*&?/g, '$1').replace(/[?&]$/, '');
  return `${base}${base.includes('?') ? '&' : '?'}embed=1${fragment}`;
}

/**
 * The embed code: an iframe at a fixed height that fits the chart at the width it was taken at
 * (what a page without scripts shows), and the sizing script, which then fits it at any width.
 */
export function embedSnippet(
  link: string,
  options: { title?: string; height?: number; width?: number; script?: boolean } = {},
): string {
  const src = embedLink(link);
  const title = options.title ? `epSOS Indicators: ${options.title}` : 'epSOS Indicators chart';
  const width = options.width ?? EMBED_WIDTH;
  const iframe = `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${options.height ?? 600}" style="border:0;width:100%;max-width:${width}px" loading="lazy" ${EMBED_ATTRIBUTE}></iframe>`;
  if (options.script === false) return iframe;
  let origin: string | null = null;
  try {
    origin = new URL(src).origin;
  } catch {
    origin = null;
  }
  return origin && origin !== 'null'
    ? `${iframe}<script async src="${attribute(origin + EMBED_SCRIPT_PATH)}"></script>`
    : iframe;
}
