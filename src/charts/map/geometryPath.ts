/**
 * Where the map's geometry is served, under the app's base: fetched by the map on its first render
 * (europeGeometry.ts) and, on a link to the map, ahead by the boot script (src/app/boot/bootFiles.ts).
 */
export const EUROPE_GEOMETRY_PATH = 'data/europe.topo.json';
