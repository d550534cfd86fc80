import type { Survey } from '../../data/schema';
import { OKABE_ITO } from '../shared/palette';

/**
 * Each survey has one mark, a colour and a shape, assigned once for the dataset: the i-th survey in
 * `surveys.json` order (own data's surveys after them, as the merge appends them) takes Okabe–Ito
 * colour i mod 6 and shape i mod 7, so the first 42 surveys never share both (6 and 7 have no
 * common divisor), and a survey looks the same in every view, chart kind, legend, export and the
 * brief, whatever else the view holds. A survey's second indicator in one panel keeps the style and
 * is drawn on a sub-row (All surveys) or a line (Over time) of its own: never merged, never joined.
 * Imported by the legend (main bundle), so no d3 here: the shapes are d3-shape's symbols at size
 * 72, written out (a unit test checks them against d3-shape).
 */

export const SURVEY_SHAPES = {
  circle: 'M4.79,0A4.79,4.79,0,1,1,-4.79,0A4.79,4.79,0,1,1,4.79,0',
  square: 'M-4.24,-4.24h8.49v8.49h-8.49Z',
  triangle: 'M0,-7.44L6.45,3.72L-6.45,3.72Z',
  diamond: 'M0,-7.9L4.56,0L0,7.9L-4.56,0Z',
  cross:
    'M-5.69,-1.9L-1.9,-1.9L-1.9,-5.69L1.9,-5.69L1.9,-1.9L5.69,-1.9L5.69,1.9L1.9,1.9L1.9,5.69L-1.9,5.69L-1.9,1.9L-5.69,1.9Z',
  star: 'M0,-8.01L1.8,-2.47L7.62,-2.47L2.91,0.95L4.71,6.48L0,3.06L-4.71,6.48L-2.91,0.95L-7.62,-2.47L-1.8,-2.47Z',
  wye: 'M2.29,1.32L2.29,5.9L-2.29,5.9L-2.29,1.32L-6.26,-0.97L-3.97,-4.93L0,-2.64L3.97,-4.93L6.26,-0.97Z',
} as const;

export type SurveyShape = keyof typeof SURVEY_SHAPES;
const SHAPE_ORDER = Object.keys(SURVEY_SHAPES) as SurveyShape[];

export interface SurveyStyle {
  surveyId: string;
  name: string;
  colour: string;
  shape: SurveyShape;
  /** The shape as an SVG path, centred on 0,0. */
  path: string;
}

const built = new WeakMap<readonly Pick<Survey, 'id' | 'shortName'>[], Map<string, SurveyStyle>>();

/** The style of every survey of the dataset, by its place in the dataset's list (memoised per list). */
export function surveyStyles(surveys: readonly Pick<Survey, 'id' | 'shortName'>[]): Map<string, SurveyStyle> {
  const known = built.get(surveys);
  if (known) return known;
  const styles = new Map<string, SurveyStyle>();
  surveys.forEach((survey, i) => {
    const shape = SHAPE_ORDER[i % SHAPE_ORDER.length] ?? 'circle';
    styles.set(survey.id, {
      surveyId: survey.id,
      name: survey.shortName,
      colour: OKABE_ITO[i % OKABE_ITO.length] ?? '#0072B2',
      shape,
      path: SURVEY_SHAPES[shape],
    });
  });
  built.set(surveys, styles);
  return styles;
}

/** The styles of the surveys a view draws (`drawn`: survey ids), in the dataset's order. */
export function drawnSurveyStyles(
  surveys: readonly Pick<Survey, 'id' | 'shortName'>[],
  drawn: Iterable<string>,
): SurveyStyle[] {
  const ids = new Set(drawn);
  return [...surveyStyles(surveys).values()].filter((s) => ids.has(s.surveyId));
}
