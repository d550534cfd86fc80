/**
 * The open profile's country, picked out in every chart kind (ViewModel.highlight): its label bold and
 * underlined, its marks outlined in near-black. Shape and weight, not colour, so it reads for
 * colour-blind readers and in greyscale prints. `data-highlight` lets tests and styles find it.
 */
export const HIGHLIGHT_STROKE = '#1a1a1a';

/** Props of a highlighted country's label (SVG <text>). */
export function highlightLabel(on: boolean) {
  return on ? { fontWeight: 700, textDecoration: 'underline', 'data-highlight': 'true' } : {};
}

/** Props of a highlighted country's mark shape (bar, dot, area): an outline. */
export function highlightMark(on: boolean, width = 2) {
  return on ? { stroke: HIGHLIGHT_STROKE, strokeWidth: width } : {};
}
