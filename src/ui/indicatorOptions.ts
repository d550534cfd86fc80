import type { DatasetIndex } from '../data/derive';
import type { PickerOption } from './pickerTypes';

function waveText(waves: readonly number[]): string {
  if (waves.length === 0) return 'no data';
  const first = waves[0];
  const last = waves.at(-1);
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * The Indicators picker's options, grouped by concept: "Electronic records: empirica 2007 ·
 * Commonwealth Fund · …", each option hinting its survey and waves. Concepts in the dataset's order
 * of first use, so the core 2007 indicators stay on top.
 */
export function indicatorOptions(index: DatasetIndex, isOwn: (id: string) => boolean): PickerOption[] {
  const conceptOrder = [...new Set(index.dataset.indicators.map((i) => i.concept))];
  const byConcept = new Map(
    conceptOrder.map((c) => [c, index.dataset.indicators.filter((i) => i.concept === c)]),
  );
  return conceptOrder.flatMap((concept) => {
    const members = byConcept.get(concept) ?? [];
    const surveys = [...new Set(members.map((i) => index.surveys.get(i.surveyId)?.shortName ?? i.surveyId))];
    const group = `${index.concepts.get(concept)?.label ?? concept}: ${surveys.join(' · ')}`;
    return members.map((i) => {
      const survey = index.surveys.get(i.surveyId)?.shortName ?? i.surveyId;
      const waves = waveText(index.waves.get(i.id) ?? []);
      // A one-wave survey named after its year says it once: "empirica 2007", not "empirica 2007, 2007".
      const surveyWaves = survey.endsWith(` ${waves}`) ? survey : `${survey}, ${waves}`;
      return {
        value: i.id,
        label: i.label,
        hint: isOwn(i.id) ? `your data, ${waves}` : surveyWaves,
        group,
      };
    });
  });
}
