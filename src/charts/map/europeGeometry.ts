import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import * as z from 'zod/mini';
import { fetchJson } from '../../data/fetchJson';
import { EUROPE_GEOMETRY_PATH } from './geometryPath';
import type { EuropeGeometry, GeoProperties } from './layout';

/** The shape of europe.topo.json (scripts/lib/europeGeometry.ts) that `feature` relies on, checked on arrival. */
const topologySchema = z.object({
  type: z.literal('Topology'),
  transform: z.object({ scale: z.array(z.number()), translate: z.array(z.number()) }),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.object({
    countries: z.object({
      type: z.literal('GeometryCollection'),
      geometries: z.array(
        z.object({
          type: z.literal('MultiPolygon'),
          id: z.optional(z.string()),
          // Indices into `arcs`: polygons of rings of arc indices.
          arcs: z.array(z.array(z.array(z.number()))),
          properties: z.object({ isoNumeric: z.string(), name: z.string() }),
        }),
      ),
    }),
  }),
}) as unknown as z.ZodMiniType<Topology<{ countries: GeometryCollection<GeoProperties> }>>;

/** Fetched and decoded once (the query's result is cached): every render reuses the features. */
export async function loadEuropeGeometry(signal: AbortSignal): Promise<EuropeGeometry> {
  const topology = await fetchJson(
    `${import.meta.env.BASE_URL}${EUROPE_GEOMETRY_PATH}`,
    topologySchema,
    signal,
  );
  return feature(topology, topology.objects.countries) as EuropeGeometry;
}
