import { type ComparisonCell, comparisonCell, type DatasetIndex } from '../data/derive';
import { surveyWaveLabel } from '../data/surveyWave';
import { CORE_INDICATORS } from '../data/view';

/**
 * What the brief's compact chart shows: for each concept of the epSOS profiles (computer use,
 * Internet access, electronic records), one row per survey question the country has a figure for,
 * at the country's latest wave of it, beside the average that survey published for that wave (when
 * it published one). Surveys are never merged: each row is one indicator of one survey. Pure.
 *
 * The chart is drawn by BriefChart from these rows; when the All surveys chart kind
 * (src/charts/surveys) lands, its layout for one country can take this place.
 */
export interface BriefChartRow {
  key: string;
  indicator: string;
  /** The survey that asked it: its mark (colour and shape) is drawn beside the label. */
  surveyId: string;
  /** "empirica 2007", "Commonwealth Fund, 2012"; with the question's short label when one survey asks
   * the concept twice. */
  label: string;
  cell: ComparisonCell;
}

export interface BriefChartGroup {
  concept: string;
  label: string;
  rows: BriefChartRow[];
}

/** The concepts of the three core indicators, in their order. */
export function coreConcepts(index: DatasetIndex): string[] {
  return [...new Set(CORE_INDICATORS.flatMap((id) => index.indicators.get(id)?.concept ?? []))];
}

export function briefChartGroups(index: DatasetIndex, country: string): BriefChartGroup[] {
  return coreConcepts(index).map((concept) => {
    const indicators = index.dataset.indicators.filter((i) => i.concept === concept);
    const withValue = indicators.filter((i) => index.observations.get(`${country}|${i.id}`)?.value != null);
    const perSurvey = new Map<string, number>();
    for (const i of withValue) perSurvey.set(i.surveyId, (perSurvey.get(i.surveyId) ?? 0) + 1);
    const rows = withValue.flatMap((indicator): BriefChartRow[] => {
      const latest = index.observations.get(`${country}|${indicator.id}`);
      if (!latest || latest.value === null) return [];
      const cell = comparisonCell(index, country, indicator.id, latest.year);
      const survey = index.surveys.get(indicator.surveyId);
      const wave = surveyWaveLabel(survey?.shortName ?? indicator.surveyId, cell.year);
      const twice = (perSurvey.get(indicator.surveyId) ?? 0) > 1;
      return [
        {
          key: `${concept}|${indicator.id}`,
          indicator: indicator.id,
          surveyId: indicator.surveyId,
          label: twice ? `${wave}: ${indicator.shortLabel}` : wave,
          cell,
        },
      ];
    });
    // Oldest wave first, so a concept reads as the surveys followed one another.
    rows.sort((a, b) => (a.cell.year ?? 0) - (b.cell.year ?? 0));
    return { concept, label: index.concepts.get(concept)?.label ?? concept, rows };
  });
}
