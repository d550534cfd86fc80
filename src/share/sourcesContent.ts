import { chartIndicators } from '../charts/chartIndicators';
import { viewTitle } from '../charts/shared/describe';
import type { ComparisonCell, DatasetIndex } from '../data/derive';
import type { Observation, Source, Survey } from '../data/schema';
import type { ViewState } from '../state/view';
import { citeView } from './citation';

/**
 * What the Sources dialog shows for a view, built from the dataset index, the view and its cells.
 * Pure, and the only place that looks the data up: the dialog renders these props as text. (When
 * the per-view model lands, its cells replace `cells` here.)
 */

export interface SourcesContent {
  title: string;
  indicators: {
    id: string;
    label: string;
    description: string;
    wave: number | null;
    survey: Survey;
    referenceName: string | null;
    publications: { source: Source; where: string[] }[];
    notes: string[];
  }[];
  citation: string;
  url: string;
}

export interface SourcesInput {
  index: DatasetIndex;
  view: ViewState;
  /** The cells the view shows (its countries × indicators, the EU27 average included). */
  cells: readonly ComparisonCell[];
  url: string;
  accessed: Date;
}

const unknownSurvey = (id: string): Survey => ({
  id,
  title: 'Survey not recorded',
  shortTitle: 'Survey not recorded',
  producer: 'not recorded',
  base: 'not recorded',
  question: null,
  waves: [],
  reference: null,
  url: null,
  method: null,
});

const sourceName = (s: Source | undefined, id: string) => (s ? `${s.publisher}, ${s.title} (${s.year})` : id);

/** Other publications printing a figure for the same country, indicator and year. */
function others(all: readonly Observation[], cell: ComparisonCell): Observation[] {
  return all.filter(
    (o) =>
      o.country === cell.country &&
      o.indicator === cell.indicator &&
      o.year === cell.year &&
      o.value !== null &&
      o.sourceId !== cell.sourceId,
  );
}

function cellNotes(index: DatasetIndex, cell: ComparisonCell, rows: readonly Observation[]): string[] {
  if (cell.value === null) return [`${cell.countryName}: no data${cell.note ? ` (${cell.note})` : ''}.`];
  const notes = cell.note ? [`${cell.countryName}: ${cell.note}.`] : [];
  const also = others(rows, cell);
  if (also.length === 0) return notes;
  const shownFrom = sourceName(index.sources.get(cell.sourceId ?? ''), cell.sourceId ?? '');
  const differ = also.filter((o) => o.value !== cell.value);
  const same = also.filter((o) => o.value === cell.value);
  if (differ.length > 0) {
    const values = [...new Set(differ.map((o) => o.value))].join(', ');
    const precisionOnly = differ.every((o) => Math.round(o.value ?? 0) === Math.round(cell.value ?? 0));
    notes.push(
      `${cell.countryName} ${cell.year}: ${cell.value} shown, from ${shownFrom} (first in precedence); ` +
        `${differ.length} other publication${differ.length > 1 ? 's' : ''} print${differ.length > 1 ? '' : 's'} ${values}` +
        (precisionOnly ? ', the same figure rounded.' : ': the figures conflict.'),
    );
  }
  if (same.length > 0)
    notes.push(
      `${cell.countryName} ${cell.year}: ${same.length} other publication${same.length > 1 ? 's' : ''} print the same ${cell.value}.`,
    );
  return notes;
}

export function buildSourcesContent({ index, view, cells, url, accessed }: SourcesInput): SourcesContent {
  const rows = index.dataset.observations;
  const surveys = new Map(index.dataset.surveys.map((s) => [s.id, s]));
  const title = viewTitle(index, view);
  const indicators = chartIndicators(view).map((id) => {
    const indicator = index.indicators.get(id);
    const survey = surveys.get(indicator?.surveyId ?? '') ?? unknownSurvey(indicator?.surveyId ?? id);
    const shown = cells.filter((c) => c.indicator === id);
    const publications = new Map<string, { source: Source; where: string[] }>();
    for (const cell of shown) {
      if (cell.value === null || !cell.sourceId) continue;
      const source = index.sources.get(cell.sourceId);
      if (!source) continue;
      const entry = publications.get(source.id) ?? { source, where: [] };
      const row = rows.find(
        (o) =>
          o.country === cell.country &&
          o.indicator === id &&
          o.year === cell.year &&
          o.sourceId === cell.sourceId,
      );
      entry.where.push(`${cell.countryName}: ${row?.where ?? 'place not recorded'}`);
      publications.set(source.id, entry);
    }
    const years = shown.flatMap((c) => (c.value !== null && c.year !== null ? [c.year] : []));
    const reference = survey.reference;
    return {
      id,
      label: indicator?.label ?? id,
      description: indicator?.description ?? '',
      wave: years.length > 0 ? Math.max(...years) : null,
      survey,
      referenceName: reference ? (index.countries.get(reference)?.name ?? reference) : null,
      publications: [...publications.values()],
      notes: shown.flatMap((c) => cellNotes(index, c, rows)),
    };
  });
  const citation = citeView({
    title,
    surveys: indicators.map((i) => i.survey.title),
    url,
    accessed,
  });
  return { title, indicators, citation, url };
}
