import { useMemo } from 'react';
import { chartCells } from '../charts/chartCountries';
import { chartIndicators } from '../charts/chartIndicators';
import { comparisonCells, type DatasetIndex } from '../data/derive';
import { EU_AVERAGE } from '../data/schema';
import type { ViewState } from '../state/view';
import SourcesDialog from './SourcesDialog';
import { buildSourcesContent } from './sourcesContent';

/** Lazy chunk behind the Sources button: builds the dialog's content for the view and shows it. */
export default function SourcesPanel({
  index,
  view,
  link,
  onClose,
}: {
  index: DatasetIndex;
  view: ViewState;
  link: string;
  onClose: () => void;
}) {
  const content = useMemo(() => {
    const cells = chartCells(index, view);
    const hasReference = cells.some((c) => c.country === EU_AVERAGE);
    const reference = hasReference ? [] : comparisonCells(index, [EU_AVERAGE], chartIndicators(view));
    return buildSourcesContent({
      index,
      view,
      cells: [...cells, ...reference],
      url: link,
      accessed: new Date(),
    });
  }, [index, view, link]);
  return <SourcesDialog content={content} onClose={onClose} />;
}
