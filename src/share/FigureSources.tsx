import { useMemo } from 'react';
import type { ComparisonCell, DatasetIndex } from '../data/derive';
import type { ViewState } from '../data/view';
import { shownIndicator } from '../data/viewModel';
import { serializeView } from '../state/url';
import SourcesDialog from './SourcesDialog';
import { buildSourcesContent, figureKey } from './sourcesContent';

/**
 * Sources of one figure (a profile card's "98 %, Commonwealth Fund, 2012"): the Sources dialog of
 * the one-figure view (that country, indicator and wave, its survey's average beside it), opened at
 * the figure. Lazy, like the view's Sources; the citation's link opens that figure's table.
 */
export interface FigureSourcesProps {
  index: DatasetIndex;
  cell: ComparisonCell;
  onClose: () => void;
}

export default function FigureSources({ index, cell, onClose }: FigureSourcesProps) {
  const content = useMemo(() => {
    const view: ViewState = {
      countries: [cell.country],
      indicators: [cell.indicator],
      chart: 'table',
      profile: cell.country,
      time: cell.year ?? 'latest',
      embed: false,
    };
    const shown = shownIndicator(index, cell.indicator, view);
    const label = shown?.shortLabel ?? cell.indicatorLabel;
    return buildSourcesContent({
      index,
      model: {
        title: `${label}: ${cell.countryName}${cell.year ? `, ${cell.year}` : ''}`,
        indicators: shown ? [shown] : [],
        dataCells: [cell],
      },
      url: `${window.location.origin}${window.location.pathname}${serializeView(view)}`,
      accessed: new Date(),
    });
  }, [index, cell]);
  return <SourcesDialog content={content} focus={figureKey(cell)} onClose={onClose} />;
}
