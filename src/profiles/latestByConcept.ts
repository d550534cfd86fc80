import { type ComparisonCell, comparisonCell, type DatasetIndex } from '../data/derive';

export interface ConceptFigure {
  concept: string;
  conceptLabel: string;
  surveyName: string;
  cell: ComparisonCell;
}

/**
 * A country's latest published figure for each concept, from whichever survey printed it last (on a
 * tie, the indicator listed first). Concepts in the dataset's order; concepts without a value are left
 * out. Each figure keeps its own survey, wave and survey average: nothing is merged across surveys.
 */
export function latestByConcept(index: DatasetIndex, country: string): ConceptFigure[] {
  const best = new Map<string, ComparisonCell>();
  for (const indicator of index.dataset.indicators) {
    const latest = index.observations.get(`${country}|${indicator.id}`);
    if (!latest || latest.value === null) continue;
    const current = best.get(indicator.concept);
    if (current && (current.year ?? 0) >= latest.year) continue;
    best.set(indicator.concept, comparisonCell(index, country, indicator.id, latest.year));
  }
  const order = [...new Set(index.dataset.indicators.map((i) => i.concept))];
  return order.flatMap((concept) => {
    const cell = best.get(concept);
    if (!cell) return [];
    const surveyId = index.indicators.get(cell.indicator)?.surveyId ?? '';
    return [
      {
        concept,
        conceptLabel: index.concepts.get(concept)?.label ?? concept,
        surveyName: index.surveys.get(surveyId)?.shortName ?? surveyId,
        cell,
      },
    ];
  });
}
