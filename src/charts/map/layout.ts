import { geoConicConformal, geoPath } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import { schemeBlues } from 'd3-scale-chromatic';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { ComparisonCell } from '../../data/derive';
import { formatPercent, markTitle } from '../shared/format';
import { type PlacedLabel, placeLabels } from '../shared/placeLabels';

/** Choropleth of Europe for one indicator: projected paths, class colours, legend bins. */

export interface GeoProperties {
  isoNumeric: string;
  name: string;
}

export type EuropeGeometry = FeatureCollection<MultiPolygon, GeoProperties>;

export interface MapShape {
  key: string;
  d: string;
  /** Dataset country code, or null for a neighbour drawn for context. */
  country: string | null;
  name: string;
  value: number | null;
  fill: string;
  selected: boolean;
  centroid: [number, number];
  title: string | null;
}

export interface MapLayout {
  width: number;
  height: number;
  shapes: MapShape[];
  legend: { from: number; to: number; colour: string }[];
  /** labels=1: each country's value on it (selected countries first), where it overlaps no other. */
  values: PlacedLabel[];
}

export const CONTEXT_FILL = '#e4e4e4';
/** The sea: white, so even the lightest class (a clear mid blue) never reads as water (issue 21.9). */
export const SEA_FILL = '#ffffff';

/** Legend items of 13 px text beside a 28 × 16 swatch (issue 21.9: the 11 px legend was tiny). */
export const LEGEND_ITEM_WIDTH = 100;
export const LEGEND_ROW_HEIGHT = 24;

/**
 * Places `count` legend items left to right, wrapping into rows that fit `width` (8 px margins),
 * so a phone-width map keeps every class readable. Returns the positions and the height they need.
 */
export function legendGrid(count: number, width: number): { x: number; y: number }[] & { height: number } {
  const perRow = Math.max(1, Math.floor((width - 16) / LEGEND_ITEM_WIDTH));
  const positions = Array.from({ length: count }, (_, i) => ({
    x: (i % perRow) * LEGEND_ITEM_WIDTH,
    y: Math.floor(i / perRow) * LEGEND_ROW_HEIGHT,
  }));
  const rows = Math.max(1, Math.ceil(count / perRow));
  return Object.assign(positions, { height: rows * LEGEND_ROW_HEIGHT + 16 });
}
const CLASSES = 5;

export interface MapInput {
  geometry: EuropeGeometry;
  cells: readonly ComparisonCell[];
  isoToCountry: ReadonlyMap<string, string>;
  selected: readonly string[];
  width: number;
  /** labels=1: each country's value on the map. */
  values?: boolean;
  /** The profile's country, whose name is written on it: no value goes over the name. */
  highlight?: string | null;
  /** The outlines projected at this width (mapOutlines), when the caller keeps them. */
  outlines?: MapOutlines;
}

/** The projected outline of each country of the map: its path and centroid (no values). */
export interface MapOutline {
  key: string;
  /** The country's name in the geometry (for a neighbour drawn for context). */
  name: string;
  d: string;
  centroid: [number, number];
}

/** The map's projected outlines at one width: what does not change with the figures drawn. */
export interface MapOutlines {
  width: number;
  height: number;
  outlines: MapOutline[];
}

/**
 * Projects the outlines (the projection fitted to the dataset's countries): 100–180 ms at 4× CPU,
 * so the chart keeps them across a change of figures (issue 26: after an import the map redrew
 * every outline in one task, though none had moved).
 */
export function mapOutlines(
  geometry: EuropeGeometry,
  isoToCountry: ReadonlyMap<string, string>,
  width: number,
): MapOutlines {
  const height = Math.round(Math.min(620, Math.max(320, width * 0.72)));
  const dataFeatures = geometry.features.filter((f) => isoToCountry.has(f.properties.isoNumeric));
  // Europe is about as tall as wide: on a wide canvas, fit it in a centred box, not the whole width.
  const box = Math.min(width, height * 1.25);
  const left = (width - box) / 2;
  const projection = geoConicConformal()
    .parallels([35, 65])
    .rotate([-10, 0])
    .fitExtent(
      [
        [left + 8, 8],
        [left + box - 8, height - 8],
      ],
      { type: 'FeatureCollection', features: dataFeatures },
    );
  const path = geoPath(projection);
  const outlines = geometry.features.flatMap((f): MapOutline[] => {
    const d = path(f);
    if (!d) return [];
    const [cx = 0, cy = 0] = path.centroid(f);
    return [{ key: f.properties.isoNumeric, name: f.properties.name, d, centroid: [cx, cy] }];
  });
  return { width, height, outlines };
}

export function mapLayout({
  geometry,
  cells,
  isoToCountry,
  selected,
  width,
  values: withValues = false,
  highlight = null,
  outlines: projected,
}: MapInput): MapLayout {
  const { height, outlines } =
    projected?.width === width ? projected : mapOutlines(geometry, isoToCountry, width);
  const byCountry = new Map(cells.map((c) => [c.country, c]));
  const values = cells.flatMap((c) => (c.value === null ? [] : [c.value]));
  // Class bounds on multiples of 5 within 0–100; with no values at all, the whole range.
  const lo = values.length > 0 ? Math.floor(Math.min(...values) / 5) * 5 : 0;
  const hi = values.length > 0 ? Math.max(lo + 5, Math.ceil(Math.max(...values) / 5) * 5) : 100;
  // The two lightest blues of the scheme are too close to the sea and the page: start two steps darker.
  const colours = (schemeBlues[CLASSES + 2] ?? []).slice(2);
  const colour = scaleQuantize<string>()
    .domain([Math.min(lo, 95), Math.min(100, hi)])
    .range(colours);
  const shapes = outlines.map(({ key, name, d, centroid }): MapShape => {
    const country = isoToCountry.get(key) ?? null;
    const cell = country ? byCountry.get(country) : undefined;
    const value = cell?.value ?? null;
    return {
      key,
      d,
      country,
      name: cell?.countryName ?? name,
      value,
      fill: country === null ? CONTEXT_FILL : value === null ? 'url(#no-data-hatch)' : colour(value),
      selected: country !== null && selected.includes(country),
      centroid,
      title: cell ? markTitle(cell) : null,
    };
  });
  // Context first, then data countries, selected last so their outline is on top.
  shapes.sort(
    (a, b) =>
      Number(a.country !== null) - Number(b.country !== null) || Number(a.selected) - Number(b.selected),
  );
  return {
    width,
    height,
    shapes,
    values: withValues ? valueLabels(shapes, width, highlight) : [],
    legend: colour.range().map((c) => {
      const [from = 0, to = 0] = colour.invertExtent(c);
      return { from, to, colour: c };
    }),
  };
}

/** The values on the map: on each country's centroid, else just below or above it; selected first. */
function valueLabels(shapes: readonly MapShape[], width: number, highlight: string | null): PlacedLabel[] {
  const named = shapes.find((s) => s.country !== null && s.country === highlight);
  const nameBox = named
    ? [
        {
          x1: named.centroid[0] - named.name.length * 3.6,
          x2: named.centroid[0] + named.name.length * 3.6,
          y1: named.centroid[1] - 8,
          y2: named.centroid[1] + 8,
        },
      ]
    : [];
  const valued = shapes
    .filter((s) => s.country !== null && s.value !== null)
    .sort((a, b) => Number(b.selected) - Number(a.selected));
  return placeLabels(
    valued.map((s) => ({
      key: s.country ?? s.key,
      x: s.centroid[0],
      y: s.centroid[1] + (s === named ? 14 : 0),
      text: formatPercent(s.value),
    })),
    2,
    width - 2,
    nameBox,
    ['center', 'below', 'above'],
  ).labels;
}
