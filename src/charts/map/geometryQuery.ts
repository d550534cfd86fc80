import { queryOptions } from '@tanstack/react-query';

/**
 * The map's outlines as a query: fetched once, kept for good. The map reads it; an export draws the
 * map only once it is there (a server that draws a map puts the outlines under this key itself).
 */
export const europeGeometryQuery = queryOptions({
  queryKey: ['europe-geometry'],
  // The geometry's fetch, check and decoding load with it, not with the chart's code.
  queryFn: async ({ signal }) => (await import('./europeGeometry')).loadEuropeGeometry(signal),
  staleTime: Number.POSITIVE_INFINITY,
});
