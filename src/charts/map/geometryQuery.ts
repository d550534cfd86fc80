import { queryOptions } from '@tanstack/react-query';
import { retryableImport } from '../../ui/preloadable';

/** The geometry's fetch, check and decoding load with it, not with the chart's code; again after a failure. */
const geometryModule = retryableImport(() => import('./europeGeometry'));

/**
 * The map's outlines as a query: fetched once, kept for good. The map reads it; an export draws the
 * map only once it is there (a server that draws a map puts the outlines under this key itself).
 */
export const europeGeometryQuery = queryOptions({
  queryKey: ['europe-geometry'],
  queryFn: async ({ signal }) => (await geometryModule()).loadEuropeGeometry(signal),
  staleTime: Number.POSITIVE_INFINITY,
  // Offline, a query would wait for the network without a word ("Loading the map…" for good): it
  // tries, fails and says so, with Try again.
  networkMode: 'always',
  retry: 1,
});
