import { CORE_INDICATORS } from '../../state/view';

/**
 * Okabe–Ito colours (colour-blind safe), without black (the EU27 reference) and yellow (too pale
 * on white). Each indicator keeps one colour everywhere. The core indicators come first, then the
 * analyst's own (prefix my_), then the rest of the survey, so the indicators most often compared
 * never share a colour.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'] as const;

export const EU_REFERENCE_COLOUR = '#1a1a1a';
export const NO_DATA_COLOUR = '#6b6b6b';

function colourOrder(id: string): number {
  const core = (CORE_INDICATORS as readonly string[]).indexOf(id);
  if (core >= 0) return 0;
  return id.startsWith('my_') ? 1 : 2;
}

/** Colours for a view: the selected indicators first, in the user's order, so the indicators on one
 * chart never share a colour (up to six); the others follow for the profile cards. */
export function viewColours(selected: readonly string[], all: readonly string[]): Map<string, string> {
  const rest = all.filter((id) => !selected.includes(id));
  return new Map([...selected, ...rest].map((id, i) => [id, OKABE_ITO[i % OKABE_ITO.length] ?? '#000000']));
}

export function indicatorColours(indicatorIds: readonly string[]): Map<string, string> {
  const ordered = [...indicatorIds].sort((a, b) => colourOrder(a) - colourOrder(b));
  return new Map(ordered.map((id, i) => [id, OKABE_ITO[i % OKABE_ITO.length] ?? '#000000']));
}
