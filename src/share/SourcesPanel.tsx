import { useMemo } from 'react';
import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';
import SourcesDialog from './SourcesDialog';
import { buildSourcesContent } from './sourcesContent';

/** Lazy chunk behind the Sources button: builds the dialog's content from the view model and shows it. */
export default function SourcesPanel({
  index,
  model,
  link,
  onClose,
}: {
  index: DatasetIndex;
  model: ViewModel;
  link: string;
  onClose: () => void;
}) {
  const content = useMemo(
    () => buildSourcesContent({ index, model, url: link, accessed: new Date() }),
    [index, model, link],
  );
  return <SourcesDialog content={content} onClose={onClose} />;
}
