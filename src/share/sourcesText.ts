import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';
import { copyText } from '../ui/clipboard';
import { buildSourcesContent } from './sourcesContent';

/**
 * What Copy → Sources puts on the clipboard: the view's source line (each survey, its waves, the
 * publications behind the values shown) and How to cite, as plain text for a report or an e-mail.
 */
export function sourcesText(
  index: DatasetIndex,
  model: Pick<ViewModel, 'title' | 'indicators' | 'dataCells' | 'sourceLine'>,
  link: string,
  accessed: Date,
): string {
  const { citation } = buildSourcesContent({ index, model, url: link, accessed });
  return `${model.sourceLine}\n\nHow to cite: ${citation}`;
}

/** Copy → Sources: puts sourcesText on the clipboard and says what happened. */
export async function copySources(index: DatasetIndex, model: ViewModel, link: string): Promise<string> {
  const result = await copyText(sourcesText(index, model, link, new Date()));
  return result === 'Link copied'
    ? 'Sources and citation copied'
    : 'Copying was blocked: Sources under the chart shows them to select';
}
