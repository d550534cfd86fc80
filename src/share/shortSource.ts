import type { ViewModel } from '../data/viewModel';
import { wavesShown } from '../data/viewText';

/**
 * The short source line of an embedded view: the surveys (short titles, the waves shown) and how many
 * publications print the values shown; the full list is one click away in the full view's Sources.
 */
export function shortSourceLine(
  model: Pick<ViewModel, 'indicators' | 'sourceIds' | 'panels' | 'kind' | 'dataCells'>,
): string {
  const bySurvey = new Map<string, { title: string; waves: Set<number> }>();
  for (const i of model.indicators) {
    const entry = bySurvey.get(i.survey.id) ?? { title: i.survey.shortTitle, waves: new Set<number>() };
    const waves = wavesShown(model, i);
    for (const w of waves) entry.waves.add(w);
    bySurvey.set(i.survey.id, entry);
  }
  const names = [...bySurvey.values()].map(
    (s) => `${s.title}${s.waves.size > 0 ? ` (${[...s.waves].sort((a, b) => a - b).join(', ')})` : ''}`,
  );
  const publications = model.sourceIds.length;
  const printed =
    publications > 0 ? `, as printed in ${publications} publication${publications > 1 ? 's' : ''}` : '';
  return `Data: ${names.join('; ') || 'none'}${printed}.`;
}
