import { type ComparisonCell, comparisonCell, type DatasetIndex } from './derive';
import { isImportedIndicator } from './ownIds';
import type { Indicator, Survey } from './schema';

/**
 * All surveys (`chart=surveys`): one panel per concept of the selected indicators, holding every
 * indicator of that concept in the dataset, from whichever survey. A panel's rows are the selected
 * countries, each with every wave that has a figure, per indicator: the figures of different
 * surveys (and of different indicators of one survey) are never merged. Each survey's own average
 * (EU27, EU15, EU28) is a row of its own, holding only that survey's indicators. Data only: order,
 * colours and positions are the layout's (src/charts/surveys/layout.ts).
 *
 * Panels besides the concepts: the analyst's own indicators (`my_…`) form one panel of their own,
 * and an indicator whose concept is not among the dataset's concepts (an own file's concept column, a
 * dataset written by another tool) has its concept dropped, with a notice, and goes to the panel
 * "Other indicators", so its figures still show.
 *
 * Over time (`chart=time`) uses the same panels with the scope `selected`: a concept's panel holds
 * only the selected indicators of that concept, and an indicator of an unknown concept keeps a panel
 * of its own (its label), since on a time axis there is no row to share.
 */

/** `concept`: every indicator of a selected indicator's concept (All surveys); `selected`: only
 * the selected ones (Over time). */
export type PanelScope = 'concept' | 'selected';

export interface SurveyPoint {
  year: number;
  value: number;
  cell: ComparisonCell;
}

/** One indicator of a panel: its own series, never joined with another. */
export interface SurveySeries {
  indicator: string;
  label: string;
  shortLabel: string;
  survey: Survey;
  /** The indicator's place among its survey's indicators in the panel (0: the survey's first). */
  lane: number;
}

export interface SurveyRowItem {
  indicator: string;
  /** Every wave with a figure, oldest first. */
  points: SurveyPoint[];
}

export interface SurveyRow {
  code: string;
  name: string;
  /** A survey's own average (EU27 …): then `surveyId` is the survey that published it. */
  reference: boolean;
  surveyId: string | null;
  /** The panel's series with at least one figure in this row, in the panel's series order. */
  items: SurveyRowItem[];
}

export type SurveyPanelKind = 'concept' | 'own' | 'other';

export interface SurveyPanel {
  id: string;
  label: string;
  kind: SurveyPanelKind;
  /** The indicators drawn (those with a figure for a selected country), grouped by survey. */
  series: SurveySeries[];
  /** One row per survey average published for a drawn indicator. */
  references: SurveyRow[];
  /** The selected countries with a figure, in the user's order (the layout sorts them). */
  rows: SurveyRow[];
  /** The selected countries with no figure in this panel, in the user's order. */
  noData: { code: string; name: string }[];
  /** Countries with figures left out of the drawing (more marks than `MAX_PANEL_MARKS`), in order. */
  notDrawn: { code: string; name: string }[];
}

/**
 * At most this many marks in one panel: the rows of countries beyond it are not drawn (and a note
 * names them). A 50,000-row import drew 5,700 marks in one panel, 35,000 SVG elements whose
 * style and layout held the page for seconds (issue 26); no published panel comes near it (the
 * whole dataset holds 395 figures). The table lists every figure.
 */
export const MAX_PANEL_MARKS = 500;

/** The rows in order while their marks fit `max` (the first row always), and the rows left out. */
export function rowsWithinMarks<R extends { items: readonly { points: readonly unknown[] }[] }>(
  rows: readonly R[],
  max: number,
): { drawn: R[]; left: R[] } {
  let marks = 0;
  let at = 0;
  for (const r of rows) {
    for (const item of r.items) marks += item.points.length;
    if (at > 0 && marks > max) break;
    at++;
  }
  return { drawn: rows.slice(0, at), left: rows.slice(at) };
}

export interface DroppedConcept {
  concept: string;
  indicators: string[];
}

export interface SurveyPanels {
  panels: SurveyPanel[];
  droppedConcepts: DroppedConcept[];
}

export const OWN_PANEL = { id: 'own-data', label: 'Your data' } as const;
export const OTHER_PANEL = { id: 'other-indicators', label: 'Other indicators' } as const;

const isOwn = (indicator: Indicator) => isImportedIndicator(indicator.id);

/**
 * A row before its cells: each point's year and value. A panel resolves the cells (source, note,
 * average, conflicts) of the rows it draws only: with a 50,000-row import, 5,600 points of which
 * 500 are drawn, resolving them all was most of the view model's 150–200 ms at 4× CPU (issue 26).
 */
interface DraftRow extends Omit<SurveyRow, 'items'> {
  items: { indicator: string; points: Omit<SurveyPoint, 'cell'>[] }[];
}

function points(index: DatasetIndex, country: string, indicator: string): Omit<SurveyPoint, 'cell'>[] {
  return (index.series.get(`${country}|${indicator}`) ?? []).flatMap((f) =>
    f.value === null ? [] : [{ year: f.year, value: f.value }],
  );
}

function row(
  index: DatasetIndex,
  code: string,
  indicators: readonly string[],
  survey: Survey | null,
): DraftRow {
  const name = index.countries.get(code)?.name ?? code;
  return {
    code,
    name: survey ? `${name} (${survey.shortName})` : name,
    reference: survey !== null,
    surveyId: survey?.id ?? null,
    items: indicators.flatMap((indicator) => {
      const found = points(index, code, indicator);
      return found.length > 0 ? [{ indicator, points: found }] : [];
    }),
  };
}

/** A drawn row, each point given its cell (the draft's own new objects, filled in). */
function withCells(index: DatasetIndex, draft: DraftRow): SurveyRow {
  for (const { indicator, points } of draft.items)
    for (const p of points as SurveyPoint[]) p.cell = comparisonCell(index, draft.code, indicator, p.year);
  return draft as SurveyRow;
}

function panel(
  index: DatasetIndex,
  head: { id: string; label: string; kind: SurveyPanelKind },
  candidates: readonly Indicator[],
  countries: readonly string[],
): SurveyPanel {
  // A survey's indicators side by side, surveys in the order their first indicator comes.
  const surveyOrder = [...new Set(candidates.map((i) => i.surveyId))];
  const ordered = surveyOrder.flatMap((s) => candidates.filter((i) => i.surveyId === s));
  const countryRows = countries.map((c) =>
    row(
      index,
      c,
      ordered.map((i) => i.id),
      null,
    ),
  );
  const drawn = new Set(countryRows.flatMap((r) => r.items.map((item) => item.indicator)));
  const lanes = new Map<string, number>();
  const series: SurveySeries[] = ordered.flatMap((i) => {
    const survey = index.surveys.get(i.surveyId);
    if (!survey || !drawn.has(i.id)) return [];
    const lane = lanes.get(survey.id) ?? 0;
    lanes.set(survey.id, lane + 1);
    return [{ indicator: i.id, label: i.label, shortLabel: i.shortLabel, survey, lane }];
  });
  const references = [...new Set(series.map((s) => s.survey))].flatMap((survey) => {
    if (!survey.reference) return [];
    const r = row(
      index,
      survey.reference,
      series.filter((s) => s.survey.id === survey.id).map((s) => s.indicator),
      survey,
    );
    return r.items.length > 0 ? [r] : [];
  });
  // The averages' marks first: they are always drawn.
  const { drawn: shown, left } = rowsWithinMarks(
    [...references, ...countryRows.filter((r) => r.items.length > 0)],
    MAX_PANEL_MARKS,
  );
  const rows = shown.filter((r) => !r.reference).map((r) => withCells(index, r));
  const place = (r: DraftRow) => ({ code: r.code, name: r.name });
  return {
    ...head,
    series,
    references: references.map((r) => withCells(index, r)),
    rows,
    noData: countryRows.filter((r) => r.items.length === 0).map(place),
    notDrawn: left.filter((r) => !r.reference).map(place),
  };
}

/** Panels built so far, per index: a change that keeps the selection (a profile opened, the row
 * order, the chart's width) gets the same panels, so the chart's layout memo holds. */
const panelCache = new WeakMap<DatasetIndex, Map<string, SurveyPanels>>();
const CACHE_SIZE = 32;

/** The panels of All surveys for the selected indicators (in the user's order) and countries. */
export function surveyPanels(
  index: DatasetIndex,
  selected: readonly string[],
  countries: readonly string[],
  scope: PanelScope = 'concept',
): SurveyPanels {
  let cache = panelCache.get(index);
  if (!cache) {
    cache = new Map();
    panelCache.set(index, cache);
  }
  const key = `${scope}|${selected.join(',')}|${countries.join(',')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const built = buildPanels(index, selected, countries, scope);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, built);
  return built;
}

function buildPanels(
  index: DatasetIndex,
  selected: readonly string[],
  countries: readonly string[],
  scope: PanelScope,
): SurveyPanels {
  const groups: { id: string; label: string; kind: SurveyPanelKind; indicators: Indicator[] }[] = [];
  const dropped = new Map<string, string[]>();
  const group = (head: { id: string; label: string }, kind: SurveyPanelKind) => {
    let g = groups.find((x) => x.id === head.id && x.kind === kind);
    if (!g) {
      g = { ...head, kind, indicators: [] };
      groups.push(g);
    }
    return g;
  };
  for (const id of selected) {
    const indicator = index.indicators.get(id);
    if (!indicator) continue;
    const concept = index.concepts.get(indicator.concept);
    if (isOwn(indicator)) {
      group(OWN_PANEL, 'own').indicators.push(indicator);
    } else if (!concept && scope === 'selected') {
      group({ id: `indicator-${id}`, label: indicator.shortLabel }, 'other').indicators.push(indicator);
    } else if (!concept) {
      dropped.set(indicator.concept, [...(dropped.get(indicator.concept) ?? []), id]);
      group(OTHER_PANEL, 'other').indicators.push(indicator);
    } else if (scope === 'selected') {
      group(concept, 'concept').indicators.push(indicator);
    } else {
      const g = group(concept, 'concept');
      if (g.indicators.length === 0) {
        g.indicators.push(...index.dataset.indicators.filter((i) => i.concept === concept.id && !isOwn(i)));
      }
    }
  }
  return {
    panels: groups.map((g) => panel(index, g, g.indicators, countries)),
    droppedConcepts: [...dropped].map(([concept, indicators]) => ({ concept, indicators })),
  };
}
