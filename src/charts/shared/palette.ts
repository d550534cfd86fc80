/**
 * Okabe–Ito colours (colour-blind safe), ordered so the first ones keep ≥ 3:1 contrast on white
 * (WCAG 1.4.11 for graphics); yellow, the weakest, comes last. Each indicator keeps its colour
 * everywhere: the colour follows the indicator's position in the dataset, not in the selection.
 */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const;

export const EU_REFERENCE_COLOUR = '#1a1a1a';
export const NO_DATA_COLOUR = '#6b6b6b';

export function indicatorColours(indicatorIds: readonly string[]): Map<string, string> {
  return new Map(indicatorIds.map((id, i) => [id, OKABE_ITO[i % OKABE_ITO.length] ?? '#000000']));
}
