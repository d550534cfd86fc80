import type { ExportInput, FileExport } from '../export/exportActions';
import { useImportStore } from '../import/importStore';
import { ownDataOf } from '../share/ownData';
import { copyText } from '../ui/clipboard';
import { retryableImport } from '../ui/preloadable';

/**
 * What the export toolbar's buttons do (src/app/ExportToolbar.tsx): loaded on first use, with the
 * code of each action loaded in turn (the file exports' only when a file or a PNG is made). Each
 * action returns the message to announce; a failure throws, and the toolbar says it in words.
 */

export type ToolbarAction = FileExport | 'copy-png' | 'copy-link' | 'copy-sources';

/** The export code and the link codec, fetched again under a new URL after a failure (offline). */
const exportActions = retryableImport(() => import('../export/exportActions'));
const copyLinkModule = retryableImport(() => import('../share/copyLink'));

/** Starts loading the export code (the pointer or the focus is on an export button). */
export const preloadExports = () => void exportActions().catch(() => undefined);

/** With own indicators in the view, the link carries their rows (#data=) or says it does not. */
async function copyLink({ link, model }: ExportInput): Promise<string> {
  const ownData = ownDataOf(model.view.indicators, useImportStore.getState());
  if (!ownData) return copyText(link);
  const { linkToCopy } = await copyLinkModule();
  const copy = linkToCopy(link, ownData.imports, ownData.indicators);
  const result = await copyText(copy.text);
  return result === 'Link copied' ? copy.copied : result;
}

export async function runToolbarAction(action: ToolbarAction, input: ExportInput): Promise<string> {
  switch (action) {
    case 'copy-link':
      return copyLink(input);
    // The source line and How to cite, as text (the Sources dialog shows them in full).
    case 'copy-sources':
      return (await import('../share/sourcesText')).copySources(input.index, input.model, input.link);
    case 'copy-png':
      return (await exportActions()).copyPngToClipboard(input);
    default:
      return (await exportActions()).runFileExport(action, input);
  }
}
