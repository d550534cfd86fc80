import { type ComparisonCell, comparisonCell, type DatasetIndex } from '../data/derive';
import type { Source } from '../data/schema';
import type { ShownIndicator } from '../data/viewModel';
import { buildSourcesContent, type SourcesContent } from '../share/sourcesContent';

/**
 * The publications behind every figure the brief shows (the At a glance rows and the chart's rows,
 * and the survey averages beside them), with the place in each, and the citation: the Sources
 * dialog's content (buildSourcesContent), for a "view" made of exactly those cells. Pure.
 *
 * Each figure names the publication whose figure is shown (the first in precedence); the others
 * that print the same figure (the EU27 2007 averages are in a dozen press reports) stay in the
 * dashboard's Sources dialog, so that the brief keeps to two pages.
 */

export interface BriefPublication {
  source: Source;
  /** "Computer use (empirica 2007) — France 2007: <place in the publication>". */
  places: string[];
}

export interface BriefSources {
  content: SourcesContent;
  publications: BriefPublication[];
}

function shownIndicator(index: DatasetIndex, cell: ComparisonCell): ShownIndicator | null {
  const indicator = index.indicators.get(cell.indicator);
  const survey = indicator ? index.surveys.get(indicator.surveyId) : undefined;
  if (!indicator || !survey) return null;
  return {
    id: indicator.id,
    label: indicator.label,
    shortLabel: indicator.shortLabel,
    description: indicator.description,
    concept: indicator.concept,
    survey,
    wave: cell.year,
    latestWave: index.waves.get(indicator.id)?.at(-1) ?? null,
    referenceCode: cell.referenceCode,
    referenceName: cell.referenceCode
      ? (index.countries.get(cell.referenceCode)?.name ?? cell.referenceCode)
      : null,
    referenceValue: cell.referenceValue,
  };
}

export function briefSources(
  index: DatasetIndex,
  title: string,
  cells: readonly ComparisonCell[],
  url: string,
  accessed: Date,
): BriefSources {
  // One entry per indicator and wave, in the order the brief shows them.
  const seen = new Set<string>();
  const shown = cells.filter((c) => {
    const k = `${c.indicator}|${c.year}`;
    if (seen.has(k) || c.value === null) return false;
    seen.add(k);
    return true;
  });
  const indicators = shown.flatMap((c) => shownIndicator(index, c) ?? []);
  const averages = shown.flatMap((c) =>
    c.referenceCode && c.referenceValue !== null && c.year !== null
      ? [comparisonCell(index, c.referenceCode, c.indicator, c.year)]
      : [],
  );
  const own = (c: ComparisonCell): ComparisonCell => ({ ...c, sourceIds: c.sourceId ? [c.sourceId] : [] });
  const content = buildSourcesContent({
    index,
    model: { title, indicators, dataCells: [...shown, ...averages].map(own) },
    url,
    accessed,
  });
  const byId = new Map<string, BriefPublication>();
  for (const i of content.indicators) {
    const short = index.indicators.get(i.id)?.shortLabel ?? i.label;
    // "Computer use (empirica 2007)"; "EMR use (CMWF)" already names its survey.
    const what = short.includes('(') ? short : `${short} (${i.survey.shortName})`;
    for (const { source, where } of i.publications) {
      const entry = byId.get(source.id) ?? { source, places: [] };
      for (const w of where) entry.places.push(`${what} — ${w}`);
      byId.set(source.id, entry);
    }
  }
  // In the dataset's precedence order, as the rest of the app lists them.
  const order = new Map(index.dataset.sources.map((s, i) => [s.id, i]));
  const publications = [...byId.values()].sort(
    (a, b) => (order.get(a.source.id) ?? 0) - (order.get(b.source.id) ?? 0),
  );
  return { content, publications };
}
