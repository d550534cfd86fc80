import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/**
 * Cuts Europe out of Natural Earth's world map (world-atlas, 1:50m) for the choropleth: only
 * polygons inside the European frame (which drops French Guiana, Réunion, the Canaries' far
 * neighbours…), coordinates rounded to 0.01°, about 1 km, plenty at the map's scale.
 */

const FRAME = { west: -25, east: 45, south: 33, north: 72 };

function inFrame([lon, lat]: Position): boolean {
  return (
    lon !== undefined &&
    lat !== undefined &&
    lon >= FRAME.west &&
    lon <= FRAME.east &&
    lat >= FRAME.south &&
    lat <= FRAME.north
  );
}

const round = (ring: Position[]) =>
  ring.map(([lon, lat]) => [Math.round((lon ?? 0) * 100) / 100, Math.round((lat ?? 0) * 100) / 100]);

export interface EuropeFeatureProperties {
  isoNumeric: string;
  name: string;
}

export function europeFeatures(topology: Topology): FeatureCollection<MultiPolygon, EuropeFeatureProperties> {
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const world = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const features: Feature<MultiPolygon, EuropeFeatureProperties>[] = [];
  for (const f of world.features) {
    if (!f.geometry || f.id === undefined) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const kept = polygons.filter((rings) => (rings[0] ?? []).some(inFrame)).map((rings) => rings.map(round));
    if (kept.length === 0) continue;
    features.push({
      type: 'Feature',
      id: String(f.id),
      properties: { isoNumeric: String(f.id), name: f.properties.name },
      geometry: { type: 'MultiPolygon', coordinates: kept },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Points whose Visvalingam triangle is smaller than this (steradians) are dropped: 1e-6 sr is about
 * 0.003 square degrees, under half a square pixel on the widest map the page draws (Europe's 70° of
 * longitude in about 775 px), so the outlines look the same.
 */
export const SIMPLIFY_MIN_WEIGHT = 1e-6;
/**
 * Grid of the quantized coordinates: 50 000 steps across the kept polygons' extent (360° of
 * longitude, as Russia's polygon reaches the antimeridian), about 0.007°, finer than the 0.01° rounding.
 */
export const QUANTIZATION = 5e4;

/**
 * The map's geometry as the browser loads it: Europe's outlines as a quantized, delta-encoded
 * TopoJSON topology (shared borders stored once), simplified where no pixel would show it, with one
 * object `countries` whose geometries keep `isoNumeric` and `name`. Decoded in the map's chunk with
 * topojson-client's `feature`.
 */
export function europeTopology(world: Topology): Topology {
  const features = europeFeatures(world);
  const encoded = topology({ countries: features }) as Topology<Objects<EuropeFeatureProperties>>;
  const simplified = simplify(presimplify(encoded, sphericalTriangleArea), SIMPLIFY_MIN_WEIGHT);
  // presimplify stored each point's weight as a third coordinate; quantize wants [x, y] only.
  const planar: Topology<Objects<EuropeFeatureProperties>> = {
    ...simplified,
    arcs: simplified.arcs.map((arc) => arc.map(([x = 0, y = 0]) => [x, y])),
  };
  return quantize(planar, QUANTIZATION);
}
