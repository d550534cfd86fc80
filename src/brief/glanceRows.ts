import type { ComparisonCell, DatasetIndex } from '../data/derive';
import { latestByConcept } from '../profiles/latestByConcept';

/**
 * The rows of the brief's At a glance table: the country's latest figure of each concept, with its
 * survey and wave, and the average that same survey published for that same wave, with the gap,
 * where one was published (latestByConcept, the profile panel's cards). Pure.
 */
export interface GlanceRow {
  concept: string;
  conceptLabel: string;
  indicator: string;
  /** The indicator's full label: the question of that survey. */
  indicatorLabel: string;
  /** The survey's short name ("empirica 2007", "Commonwealth Fund"). */
  survey: string;
  wave: number | null;
  value: number | null;
  /** The average the survey published (EU27, EU15 …), or null when it published none. */
  referenceCode: string | null;
  /** That average in the same wave, or null when it was not published. */
  referenceValue: number | null;
  /** value − that average, in points; null without a published average. */
  gap: number | null;
  /** The publication whose figure is shown. */
  sourceId: string | null;
  /** The cell behind the row (for the comparison sentence and the sources). */
  cell: ComparisonCell;
}

export function glanceRows(index: DatasetIndex, country: string): GlanceRow[] {
  return latestByConcept(index, country).map(({ concept, conceptLabel, surveyName, cell }) => ({
    concept,
    conceptLabel,
    indicator: cell.indicator,
    indicatorLabel: cell.indicatorLabel,
    survey: surveyName,
    wave: cell.year,
    value: cell.value,
    referenceCode: cell.referenceCode,
    referenceValue: cell.referenceValue,
    gap: cell.gap,
    sourceId: cell.sourceId,
    cell,
  }));
}
