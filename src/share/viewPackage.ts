import { chartCountries } from '../charts/chartCountries';
import { chartIndicators } from '../charts/chartIndicators';
import { viewTitle } from '../charts/shared/describe';
import type { DatasetIndex } from '../data/derive';
import { EU_AVERAGE, type Observation } from '../data/schema';
import type { ViewState } from '../state/view';
import { citeView } from './citation';
import { buildDataPackage, type PackageFile, packageName } from './dataPackage';

/** The data package of one view: every row behind the figures it shows, the EU27 average included. */

/** All rows (every publication, year and empty row) of the countries and indicators the view shows. */
export function viewObservations(index: DatasetIndex, view: ViewState): Observation[] {
  const countries = new Set([...chartCountries(index, view), EU_AVERAGE]);
  const indicators = new Set(chartIndicators(view));
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

export function viewPackageFiles(
  index: DatasetIndex,
  view: ViewState,
  link: string,
  now: Date,
): PackageFile[] {
  const title = viewTitle(index, view);
  const chart = view.chart;
  return buildDataPackage(index.dataset, {
    name: packageName(`epsos-indicators-${chart}-${view.countries.join('-')}`).slice(0, 100),
    title: `epSOS Indicators: ${title}`,
    description: `The data behind one view of epSOS Indicators (${link}): every published row for the countries and indicators it shows, with the EU27 average.`,
    citation: citeView({
      title,
      surveys: surveyTitles(index, chartIndicators(view)),
      url: link,
      accessed: now,
    }),
    observations: viewObservations(index, view),
    created: now,
    homepage: link,
  });
}
