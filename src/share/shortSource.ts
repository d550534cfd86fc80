import { chartSourceIds } from '../charts/chartCountries';
import { chartIndicators } from '../charts/chartIndicators';
import type { DatasetIndex } from '../data/derive';
import type { ViewState } from '../state/view';

/**
 * The short source line of an embedded view: the surveys (short titles) and how many publications
 * print the values shown; the full list is one click away in the full view's Sources.
 */
export function shortSourceLine(index: DatasetIndex, view: ViewState): string {
  const surveys = new Map(index.dataset.surveys.map((s) => [s.id, s]));
  const names = [
    ...new Set(
      chartIndicators(view).flatMap((id) => {
        const survey = surveys.get(index.indicators.get(id)?.surveyId ?? '');
        return survey ? [`${survey.shortTitle} (${survey.waves.join(', ')})`] : [];
      }),
    ),
  ];
  const publications = chartSourceIds(index, view).length;
  const printed =
    publications > 0 ? `, as printed in ${publications} publication${publications > 1 ? 's' : ''}` : '';
  return `Source: ${names.join('; ') || 'none'}${printed}.`;
}
