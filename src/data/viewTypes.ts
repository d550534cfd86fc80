import type { ComparisonCell, RankedCountry } from './derive';
import type { Survey } from './schema';
import type { DroppedConcept, SurveyPanel } from './surveyPanels';
import type { ViewState } from './view';

/**
 * The shapes of the view model (viewModel.ts builds it): here, below the modules that build its parts
 * (timeSeries.ts, viewText.ts), so that none of them imports the module that imports it.
 */

export interface ShownIndicator {
  id: string;
  label: string;
  shortLabel: string;
  description: string;
  concept: string;
  survey: Survey;
  /** The wave shown: the asked year when the indicator has it, else its latest wave with a value for
   * the countries drawn (derive.indicatorWave); null without data. */
  wave: number | null;
  /** The indicator's latest wave with a value for any country or average: later than `wave` when
   * none of the countries drawn took part in it (viewNotes says so). */
  latestWave: number | null;
  /** The average the survey published ("EU27", "EU15" …), or null when it published none. */
  referenceCode: string | null;
  /** "EU27 average" */
  referenceName: string | null;
  /** The average in the wave shown, when published. */
  referenceValue: number | null;
}

export interface ReferenceRow {
  code: string;
  name: string;
}

export interface ViewModel {
  view: ViewState;
  /** The indicators this chart kind draws (ranking and map one, scatter two, the others all). */
  indicators: ShownIndicator[];
  /** Selected countries (no averages), in the user's order. */
  countries: string[];
  /** The averages drawn as reference rows (bars, table): one per survey average among the indicators. */
  references: ReferenceRow[];
  /** The countries the chart draws: averages first where drawn, then countries with data. */
  rows: string[];
  /** rows × indicators, row-major: what the chart, the table and the CSV show. */
  cells: ComparisonCell[];
  /** Every cell behind the chart, no-data cells included: what the CSV and the data package hold
   * (ranking and map: every country; over time: every wave, averages included). */
  dataCells: ComparisonCell[];
  /** Selected countries (every country for ranking) with no value for any indicator shown. */
  noData: { code: string; name: string }[];
  /** Ranking and map: every country on the first indicator. */
  ranked: RankedCountry[];
  /** Over time: one panel per indicator. */
  panels: TimePanel[];
  /** All surveys: one panel per concept of the selected indicators (src/data/surveyPanels.ts); Over
   * time: the same, of the selected indicators only. */
  surveyPanels: SurveyPanel[];
  /** The dataset's surveys in order (own data's after): each survey's one mark goes by its place. */
  surveys: readonly Survey[];
  /** All surveys: concepts of selected indicators that the dataset does not know (said in a note). */
  droppedConcepts: DroppedConcept[];
  /** The waves the selected indicators offer (year picker). */
  waves: number[];
  /** Indicators shown at another year than the one asked for, or from different years. */
  mixedYears: boolean;
  title: string;
  subtitle: string;
  /** Short source line: the survey first, then the publications. */
  sourceLine: string;
  /** Every publication behind a value shown (cells and averages), in precedence order. */
  sourceIds: string[];
  /** The same publications grouped by survey, surveys in the order their first publication comes;
   * `countrySourceIds`: those that print a value of a country drawn (not only an average). */
  sourcesBySurvey: { surveyId: string; sourceIds: string[]; countrySourceIds: string[] }[];
  /** Gap chart: indicators whose survey published no average, said in words. */
  withoutReference: ShownIndicator[];
  /** The country to pick out in every chart kind (bold label, outline): the open profile's country. */
  highlight: string | null;
  /** The highlighted country's name when the view draws no figure for it ("No figure for Denmark in this view"). */
  highlightMissing: string | null;
  /** The countries the chart draws a figure for (no averages), in the user's order: what titles count. */
  drawnCountries: string[];
}

/** Over time: every wave of each indicator, one line per country, the survey's own average beside. */

export interface TimePoint {
  year: number;
  value: number | null;
  cell: ComparisonCell;
}

export interface TimeLine {
  country: string;
  name: string;
  points: TimePoint[];
}

export interface TimePanel {
  indicator: ShownIndicator;
  /** The waves in which any country has a value for this indicator, ascending. */
  waves: number[];
  /** Countries with at least one value, in the user's order. */
  lines: TimeLine[];
  /** The survey's published average across the waves, when it published one. */
  reference: TimeLine | null;
}
