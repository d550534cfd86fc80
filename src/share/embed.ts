/** The iframe snippet of the Share menu: a height that fits the chart, and a title naming the view. */

/** Room under the chart in the embedded view: the short source line and the link to the full view. */
export const EMBED_FOOTER_PX = 72;
export const EMBED_MIN_HEIGHT = 240;

export function embedHeight(chartHeight: number | null): number {
  if (chartHeight === null || !Number.isFinite(chartHeight) || chartHeight <= 0) return 600;
  return Math.max(EMBED_MIN_HEIGHT, Math.ceil((chartHeight + EMBED_FOOTER_PX) / 10) * 10);
}

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedSnippet(link: string, options: { title?: string; height?: number } = {}): string {
  // Appended rather than set through URLSearchParams, which would re-encode the commas of the canonical link.
  const base = link.replace(/([?&])embed=[^&#]*&?/g, '$1').replace(/[?&]$/, '');
  const withEmbed = `${base}${base.includes('?') ? '&' : '?'}embed=1`;
  const title = options.title ? `epSOS Indicators: ${options.title}` : 'epSOS Indicators chart';
  return `<iframe src="${attribute(withEmbed)}" title="${attribute(title)}" width="800" height="${options.height ?? 600}" style="border:0;width:100%;max-width:800px" loading="lazy"></iframe>`;
}
