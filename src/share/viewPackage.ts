import type { DatasetIndex } from '../data/derive';
import type { Observation } from '../data/schema';
import type { ViewModel } from '../data/viewModel';
import { citeView } from './citation';
import { buildDataPackage, type PackageFile, packageName } from './dataPackage';

/** The data package of one view: every row behind the figures it shows, the survey averages included. */

/** All rows (every publication, wave and empty row) of the countries and indicators the view shows,
 * and of the averages their surveys published. */
export function viewObservations(
  index: DatasetIndex,
  model: Pick<ViewModel, 'dataCells' | 'indicators'>,
): Observation[] {
  const countries = new Set([
    ...model.dataCells.map((c) => c.country),
    ...model.indicators.flatMap((i) => (i.referenceCode ? [i.referenceCode] : [])),
  ]);
  const indicators = new Set(model.indicators.map((i) => i.id));
  return index.dataset.observations.filter((o) => countries.has(o.country) && indicators.has(o.indicator));
}

export function surveyTitles(index: DatasetIndex, indicatorIds: readonly string[]): string[] {
  const surveys = new Map(index.dataset.surveys.map((s) => [s.id, s.title]));
  return [
    ...new Set(
      indicatorIds.flatMap((id) => {
        const title = surveys.get(index.indicators.get(id)?.surveyId ?? '');
        return title ? [title] : [];
      }),
    ),
  ];
}

/** The dashboard's address: the view's link without its parameters and fragment. */
export function dashboardAddress(link: string): string | undefined {
  try {
    const url = new URL(link);
    return `${url.origin}${url.pathname}`;
  } catch {
    return undefined;
  }
}

export function viewPackageFiles(
  index: DatasetIndex,
  model: Pick<ViewModel, 'dataCells' | 'indicators' | 'title' | 'view'>,
  link: string,
  now: Date,
): PackageFile[] {
  const { view } = model;
  const title = model.title;
  const chart = view.chart;
  return buildDataPackage(index.dataset, {
    name: packageName(`epsos-indicators-${chart}-${view.countries.join('-')}`).slice(0, 100),
    title: `epSOS Indicators: ${title}`,
    description: `The data behind one view of epSOS Indicators (${link}): every published row for the countries and indicators it shows, with the averages their surveys published.`,
    citation: citeView({
      title,
      surveys: surveyTitles(
        index,
        model.indicators.map((i) => i.id),
      ),
      url: link,
      accessed: now,
    }),
    observations: viewObservations(index, model),
    created: now,
    homepage: link,
    dashboard: dashboardAddress(link),
  });
}
