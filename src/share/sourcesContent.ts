import { type ComparisonCell, comparisonCell, conflictFitText, type DatasetIndex } from '../data/derive';
import { fitRank } from '../data/resolveFigure';
import type { Source, Survey } from '../data/schema';
import type { ViewModel } from '../data/viewModel';
import { citeView } from './citation';

/**
 * What the Sources dialog shows for a view, built from the dataset index, the view and its cells.
 * Pure: it reads the view model (waves, averages, precision and conflicts resolved there) and names
 * the publications and their places; the dialog renders these props as text.
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
    /** `where[k]` is the place of the figure `figures[k]` (`country|indicator|year`) in the publication. */
    publications: { source: Source; where: string[]; figures: string[] }[];
    notes: string[];
  }[];
  citation: string;
  url: string;
}

export interface SourcesInput {
  index: DatasetIndex;
  /** The view model: its indicators (survey, wave, average) and the cells behind the chart. */
  model: Pick<ViewModel, 'title' | 'indicators' | 'dataCells'>;
  url: string;
  accessed: Date;
}

/** The key of a figure in the Sources dialog, to open it at that figure: `FR|computer|2007`. */
export function figureKey(cell: Pick<ComparisonCell, 'country' | 'indicator' | 'year'>): string {
  return `${cell.country}|${cell.indicator}|${cell.year ?? ''}`;
}

const sourceName = (s: Source | undefined, id: string) =>
  s ? `${s.publisher}, ${s.title} (${s.year ?? 'undated'})` : id;

/** Precision and conflict notes of one cell, from what the view model resolved. */
function cellNotes(index: DatasetIndex, cell: ComparisonCell): string[] {
  if (cell.value === null) {
    const other = [...cell.otherWaves].sort((a, b) => b.year - a.year)[0];
    return [
      `${cell.countryName}: no data${cell.year ? ` for ${cell.year}` : ''}${other ? ` (${other.year}: ${other.value} %)` : ''}${cell.note ? `; ${cell.note}` : ''}.`,
    ];
  }
  const notes = cell.note ? [`${cell.countryName}: ${cell.note}.`] : [];
  const shownFrom = sourceName(index.sources.get(cell.sourceId ?? ''), cell.sourceId ?? '');
  const agreeing = cell.sourceIds.length - 1;
  if (agreeing > 0)
    notes.push(
      `${cell.countryName} ${cell.year}: ${cell.value} shown, from ${shownFrom}; ${agreeing} other publication${agreeing > 1 ? 's' : ''} print${agreeing > 1 ? '' : 's'} the same figure (the most precise is shown).`,
    );
  if (cell.conflicts.length > 0) {
    const values = cell.conflicts
      .map((c) => {
        const fit = conflictFitText(c);
        return `${c.value} (${sourceName(index.sources.get(c.sourceId), c.sourceId)}${fit ? `; ${fit}` : ''})`;
      })
      .join('; ');
    // Definition fit first, source order breaks ties (resolveFigure).
    const why = cell.conflicts.every((c) => fitRank(c.fit) > fitRank(cell.fit))
      ? 'its wording fits the indicator’s definition best'
      : 'first in precedence';
    notes.push(
      `${cell.countryName} ${cell.year}: ${cell.value} shown, from ${shownFrom} (${why}); sources differ: ${values}.`,
    );
  }
  return notes;
}

export function buildSourcesContent({ index, model, url, accessed }: SourcesInput): SourcesContent {
  const rows = index.dataset.observations;
  const title = model.title;
  const indicators = model.indicators.map((shownIndicator) => {
    const id = shownIndicator.id;
    const referenceCell =
      shownIndicator.referenceCode && shownIndicator.wave !== null
        ? comparisonCell(index, shownIndicator.referenceCode, id, shownIndicator.wave)
        : null;
    const cells = model.dataCells.filter((c) => c.indicator === id);
    const shown = [
      ...cells,
      ...(referenceCell && !cells.some((c) => c.country === referenceCell.country) ? [referenceCell] : []),
    ];
    const publications = new Map<string, { source: Source; where: string[]; figures: string[] }>();
    for (const cell of shown) {
      if (cell.value === null) continue;
      for (const sourceId of cell.sourceIds) {
        const source = index.sources.get(sourceId);
        if (!source) continue;
        const entry = publications.get(source.id) ?? { source, where: [], figures: [] };
        const row = rows.find(
          (o) =>
            o.country === cell.country &&
            o.indicator === id &&
            o.year === cell.year &&
            o.sourceId === sourceId,
        );
        entry.figures.push(figureKey(cell));
        entry.where.push(
          `${cell.countryName}${cell.year ? ` ${cell.year}` : ''}: ${row?.where ?? 'place not recorded'}`,
        );
        publications.set(source.id, entry);
      }
    }
    return {
      id,
      label: shownIndicator.label,
      description: shownIndicator.description,
      wave: shownIndicator.wave,
      survey: shownIndicator.survey,
      referenceName: shownIndicator.referenceName,
      publications: [...publications.values()],
      notes: shown.flatMap((c) => cellNotes(index, c)),
    };
  });
  // Each survey with the waves whose values the view shows: "… in Europe (2007)".
  const waves = new Map<string, Set<number>>();
  for (const i of model.indicators) {
    const years = waves.get(i.survey.title) ?? new Set<number>();
    for (const c of model.dataCells)
      if (c.indicator === i.id && c.value !== null && c.year !== null) years.add(c.year);
    waves.set(i.survey.title, years);
  }
  const citation = citeView({
    title,
    surveys: [...waves].map(([survey, years]) => {
      const list = `(${[...years].sort((a, b) => a - b).join(', ')})`;
      // A title that already ends with its one wave ("… (2002)") is not given it twice.
      return years.size > 0 && !survey.endsWith(list) ? `${survey} ${list}` : survey;
    }),
    url,
    accessed,
  });
  return { title, indicators, citation, url };
}
