/**
 * The hard links of issue 24 ("Bad input"): a 10 KB query string, 500 countries, 300 unknown
 * parameters. The edge must answer each in about the time of an ordinary deep link, never with a
 * 500. tests/edge/links.edge.ts checks the status codes; `npm run bench` (edge.ts, edgeCpu.ts) times
 * them: wall time through `wrangler pages dev` and CPU per request of the renderer.
 */

/** 500 two-letter codes (AA, BA, … ZA, AB, …): a few real countries, most unknown. */
const FIVE_HUNDRED_COUNTRIES = Array.from({ length: 500 }, (_, i) =>
  String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26)),
).join(',');

export const HARD_LINKS = [
  {
    name: '10 KB query',
    query: `?countries=FR,DE&indicators=computer&chart=bars&x=${'a'.repeat(10_000)}`,
  },
  { name: '500 countries', query: `?countries=${FIVE_HUNDRED_COUNTRIES}&chart=bars` },
  {
    name: '300 unknown parameters',
    query: `?${Array.from({ length: 300 }, (_, i) => `p${i}=${i}`).join('&')}`,
  },
] as const;

/** The three addresses of a link that the edge answers: the page, its preview image, its oEmbed. */
export function hardLinkPaths(
  query: string,
  origin: string,
): { page: string; preview: string; oembed: string } {
  return {
    page: `/${query}`,
    preview: `/preview.png${query}`,
    oembed: `/oembed?url=${encodeURIComponent(`${origin}/${query}`)}`,
  };
}
