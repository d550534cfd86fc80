/**
 * Okabe–Ito colours (colour-blind safe), without black (the survey averages) and yellow (too pale
 * on white). Colours follow the view's selection (viewColours), so indicators drawn together never
 * share one.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'] as const;

export const EU_REFERENCE_COLOUR = '#1a1a1a';
export const NO_DATA_COLOUR = '#6b6b6b';
/** The ranking's countries that are not selected. */
export const UNSELECTED_COLOUR = '#a9b4c2';

/** Colours for a view: the selected indicators first, in the user's order, so the indicators on one
 * chart never share a colour (up to six); the others follow for the profile cards. */
export function viewColours(selected: readonly string[], all: readonly string[]): Map<string, string> {
  const rest = all.filter((id) => !selected.includes(id));
  return new Map([...selected, ...rest].map((id, i) => [id, OKABE_ITO[i % OKABE_ITO.length] ?? '#000000']));
}
