import { briefPageTitle, DASHBOARD_NAME, viewPageTitle } from '../../data/pageTitle';
import { buildViewModel } from '../../data/viewModel';
import type { LinkPlan } from '../boot/renderView';

/** What a link says about itself: tab title, meta description, the preview image's text. */
export interface LinkText {
  /** `<title>`: the view (chart title, or the brief's country), then the dashboard's name. */
  pageTitle: string;
  /** The chart's title (or the brief's), for og:title and the preview card. */
  title: string;
  description: string;
  /** og:image:alt: what the preview image shows. */
  imageAlt: string;
}

const MAX_NAMES = 12;

function names(list: readonly string[]): string {
  if (list.length <= MAX_NAMES) {
    if (list.length <= 1) return list[0] ?? '';
    return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
  }
  return `${list.slice(0, MAX_NAMES).join(', ')} and ${list.length - MAX_NAMES} more`;
}

export function linkText(plan: LinkPlan): LinkText {
  const { index } = plan;
  if (plan.brief) {
    const name = index.countries.get(plan.brief)?.name ?? plan.brief;
    return {
      pageTitle: briefPageTitle(name),
      title: `${name}: country brief`,
      description: `eHealth in ${name}: the latest figure of each indicator against the same survey's published average, the narrative profile and the sources. A printable brief from ${DASHBOARD_NAME}.`,
      imageAlt: `${name}: country brief, ${DASHBOARD_NAME}`,
    };
  }
  const model = buildViewModel(index, plan.view);
  const drawn = model.drawnCountries.map((code) => index.countries.get(code)?.name ?? code);
  const countries =
    drawn.length > 0 ? `Countries drawn: ${names(drawn)}.` : 'No country has a figure in this view.';
  return {
    pageTitle: viewPageTitle(model.title),
    title: model.title,
    description: `${model.title}. ${countries} Published survey figures with their sources, in ${DASHBOARD_NAME}.`,
    imageAlt: `Chart: ${model.title}. ${countries}`,
  };
}
