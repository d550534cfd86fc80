import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import * as z from 'zod/mini';
import { EUROPE_GEOMETRY_PATH } from '../../charts/map/geometryPath';
import type { EuropeGeometry } from '../../charts/map/layout';
import { CHART_KIND } from '../../data/chartRegistry';
import { exportFileName } from '../../data/exportFileName';
import { type Profile, profileSchema } from '../../data/profileSchema';
import { type Dataset, datasetSchema } from '../../data/schema';
import { buildViewModel } from '../../data/viewModel';
import { viewCsv as csvOfView } from '../../export/csv';
import { renderViewSvg } from '../../export/renderViewSvg';
import { serializeBrief, serializeView } from '../../state/url';
import { type LinkPlan, planLink, renderLink } from '../boot/renderView';
import { composePage, templateBootFiles, templateDataVersion, templateInitialData } from './composePage';
import { type LinkAddress, linkHead, PREVIEW_SIZE } from './linkHead';
import { linkText } from './linkText';
import { type OEmbedAnswer, oembedAnswer } from './oembed';
import { PREVIEW_FONT_FAMILY, plainCardSvg } from './previewCard';
import { PREVIEW_CHARTS } from './previewKinds';

/**
 * The edge renderer: what the Pages Functions (functions/) call, bundled for workerd by
 * vite.edge.config.ts into functions/_lib/generated/edge.js. Every link is rendered with the
 * build's renderer (src/app/boot/renderView.tsx) from the site's own files, read through the
 * functions' ASSETS binding (`read`). Pure of the platform: no Request, no cache (functions/ do that).
 */

export { PREVIEW_SIZE } from './linkHead';
export { templateDataVersion };

/** Reads a file of the site (`/data/indicators.json`) as text, or null if it cannot be had. */
export type ReadFile = (path: string) => Promise<string | null>;

let cached: { path: string; dataset: Dataset } | null = null;

/** The dataset the template loads, read and checked once per isolate and data version. */
async function datasetOf(template: string, read: ReadFile): Promise<Dataset> {
  const path = templateBootFiles(template).data;
  if (cached?.path === path) return cached.dataset;
  const text = await read(path);
  if (text === null) throw new Error(`edge: ${path} could not be read`);
  const checked = z.safeParse(datasetSchema, JSON.parse(text));
  if (!checked.success) throw new Error(`edge: ${path} is not a dataset of this version`);
  cached = { path, dataset: checked.data };
  return checked.data;
}

async function profilesOf(plan: LinkPlan, read: ReadFile): Promise<Record<string, Profile>> {
  const profiles: Record<string, Profile> = {};
  for (const code of plan.profiles) {
    const text = await read(`/data/profiles/${code}.json`);
    if (text === null) throw new Error(`edge: the profile of ${code} could not be read`);
    profiles[code] = z.parse(profileSchema, JSON.parse(text));
  }
  return profiles;
}

/** The map's outlines, decoded as the map's own loader does (src/charts/map/europeGeometry.ts). */
async function kindDataOf(plan: LinkPlan, read: ReadFile): Promise<Record<string, unknown>> {
  if (plan.brief || !CHART_KIND[plan.view.chart].outlines) return {};
  const text = await read(`/${EUROPE_GEOMETRY_PATH}`);
  if (text === null) throw new Error('edge: the map outlines could not be read');
  const topology = JSON.parse(text) as Topology<{ countries: GeometryCollection }>;
  return { 'europe-geometry': feature(topology, topology.objects.countries) };
}

const atDefault = (search: string, defaultSearch: string) =>
  search === '' || search === '?' || search === defaultSearch;

/** The canonical query of what a link opens (never the raw query: nothing from it but what parsed). */
function canonicalQuery(plan: LinkPlan): string {
  return plan.brief ? serializeBrief(plan.brief) : serializeView(plan.view);
}

function addressOf(url: URL, plan: LinkPlan, dataset: Dataset): LinkAddress {
  const bare = url.search === '' || url.search === '?';
  return { origin: url.origin, query: bare ? '' : canonicalQuery(plan), built: dataset.built };
}

/**
 * The page for a link: the template (the built index.html) with the link's title, description,
 * Open Graph and Twitter tags, JSON-LD and oEmbed discovery, and #root rendered for the link (the
 * default view's markup stays as built). The browser hydrates it unless the view is one it must
 * draw itself: own data (only the reader's browser has it), the map (its outlines come later).
 */
export async function renderPage(url: URL, template: string, read: ReadFile): Promise<string> {
  const dataset = await datasetOf(template, read);
  const plan = planLink(dataset, url.search, url.origin);
  const head = linkHead(addressOf(url, plan, dataset), linkText(plan));
  const initial = templateInitialData(template);
  if (atDefault(url.search, initial.defaultSearch)) return composePage(template, { head });
  const [profiles, kindData] = await Promise.all([profilesOf(plan, read), kindDataOf(plan, read)]);
  const { markup, chartWidth } = await renderLink(plan, profiles, kindData);
  const hydrates = !plan.ownData && (plan.brief !== null || !CHART_KIND[plan.view.chart].outlines);
  return composePage(template, {
    head,
    root: {
      markup,
      data: { profiles, chartWidth: chartWidth ?? initial.chartWidth, defaultSearch: initial.defaultSearch },
      rendered: hydrates ? url.search : null,
    },
  });
}

/**
 * The preview image of a link as SVG (1200×630): the view as its PNG export draws it (title, chart,
 * legend, source line; src/export/renderViewSvg.ts) in Inter. A view with nothing to draw, own data
 * (never sent to a server), a dropped parameter, or a brief: the plain card (its title and the
 * dashboard's name). If the chart cannot be drawn, the plain card too: never an error image.
 */
export async function previewSvg(url: URL, template: string, read: ReadFile): Promise<string> {
  const dataset = await datasetOf(template, read);
  const plan = planLink(dataset, url.search, url.origin);
  const text = linkText(plan);
  const card = (note: string) => plainCardSvg(text.title, note);
  if (plan.brief) return card('Country brief: figures, profile and sources');
  if (plan.ownData) return card('With the reader’s own data: open the link to see it');
  if (plan.dropped.length > 0) return card('Part of the link could not be used: open it to see why');
  const model = buildViewModel(plan.index, plan.view);
  if (model.drawnCountries.length === 0) return card('No figure to draw for this selection');
  try {
    const kindData = await kindDataOf(plan, read);
    const { chart } = plan.view;
    return renderViewSvg({
      index: plan.index,
      model,
      Chart: CHART_KIND[chart].element === 'table' ? null : PREVIEW_CHARTS[chart],
      width: PREVIEW_SIZE.width,
      height: PREVIEW_SIZE.height,
      link: `${url.origin}/${serializeView({ ...plan.view, embed: false })}`,
      fontFamily: PREVIEW_FONT_FAMILY,
      ...(kindData['europe-geometry'] ? { geometry: kindData['europe-geometry'] as EuropeGeometry } : {}),
    });
  } catch (error) {
    console.error(`edge: the preview of ${url.search.slice(0, 200)} could not be drawn: ${String(error)}`);
    return card('Published survey figures, with their sources');
  }
}

/** The plain card when even the data cannot be read: the dashboard's name, never an error image. */
export function fallbackPreviewSvg(): string {
  return plainCardSvg(
    'eHealth in Europe, country by country',
    'Published survey figures, with their sources',
  );
}

/** The oEmbed answer for a request to /oembed (src/app/edge/oembed.ts). */
export async function oembed(url: URL, template: string, read: ReadFile): Promise<OEmbedAnswer> {
  let dataset: Dataset | null = null;
  try {
    dataset = await datasetOf(template, read);
  } catch {
    dataset = null;
  }
  return oembedAnswer(url, (target) => {
    // Without the data no link can be read: nothing to embed (never a guess from the raw query).
    if (!dataset) return null;
    const plan = planLink(dataset, target.search);
    if (plan.brief) return null;
    const query = serializeView({ ...plan.view, embed: false });
    return { title: linkText(plan).title, query };
  });
}

/** The CSV of a view (the JSON-LD's distribution): the same file as the view's Download CSV. */
export async function viewCsv(
  url: URL,
  template: string,
  read: ReadFile,
): Promise<{ body: string; fileName: string }> {
  const dataset = await datasetOf(template, read);
  const plan = planLink(dataset, url.search);
  const model = buildViewModel(plan.index, plan.view);
  return { body: csvOfView(plan.index, model), fileName: exportFileName(plan.view, 'csv') };
}
