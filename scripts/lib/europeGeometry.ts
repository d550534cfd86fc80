import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

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
