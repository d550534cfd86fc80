import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { EuropeGeometry } from '../../src/charts/map/layout';
import { indexDataset } from '../../src/data/derive';
import type { Dataset } from '../../src/data/schema';
import { buildViewModel } from '../../src/data/viewModel';
import { catalogOf } from '../../src/state/catalog';
import { parseView } from '../../src/state/url';

/** The built data files (`npm run data`): the dataset's index and the map's outlines, as the app reads them. */

export const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

export const realIndex = indexDataset(read('public/data/indicators.json') as Dataset);
const topology = read('public/data/europe.topo.json');
export const realGeometry = feature(topology, topology.objects.countries) as unknown as EuropeGeometry;

export const realCatalog = catalogOf(realIndex);
/** The view model of a link on the real data, as the app builds it. */
export const realModelOf = (search: string) =>
  buildViewModel(realIndex, parseView(search, realCatalog).state);
