import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { DatasetIndex } from '../data/derive';
import type { ViewState } from '../data/view';
import type { ViewModel } from '../data/viewModel';
import { useExportSize } from '../export/ExportSizeSelect';
import type { FileExport } from '../export/exportActions';
import { exportAvailability } from '../export/exportAvailability';
import { DownloadData } from '../share/DownloadData';
import { preloadSharePanel, ShareMenu } from '../share/ShareMenu';
import { serializeView } from '../state/url';
import { failureInWords, isFetchFailure } from '../ui/failedModuleUrl';
import { retryableImport } from '../ui/preloadable';
import { whenIdle } from '../ui/whenIdle';
import type { ToolbarAction } from './toolbarActions';

export function canonicalLink(view: ViewState): string {
  return `${window.location.origin}${window.location.pathname}${serializeView({ ...view, embed: false })}`;
}

/** What the buttons do (src/app/toolbarActions.ts): loaded on first use, and fetched again under a
 * new URL after a failure (offline). */
const toolbarActions = retryableImport(() => import('./toolbarActions'));

/**
 * The export code starts loading when the pointer or the focus reaches an export button, not at the
 * click, so the first export does not wait for it (it is not needed to read the chart).
 */
function preloadExports() {
  toolbarActions().then((m) => m.preloadExports(), String);
}

/** The status line's words for an action that failed. */
function failure(action: ToolbarAction): string {
  if (action === 'copy-png') return 'Could not copy the PNG';
  if (action === 'copy-link') return 'Could not copy the link';
  if (action === 'copy-sources') return 'Could not copy the sources';
  return `Could not make the ${action.toUpperCase()}`;
}

const FILE_BUTTONS: { kind: FileExport; label: string; needs: 'image' | 'data' }[] = [
  { kind: 'png', label: 'Download PNG', needs: 'image' },
  { kind: 'svg', label: 'Download SVG', needs: 'image' },
  { kind: 'csv', label: 'Download CSV', needs: 'data' },
];

/**
 * Download PNG / SVG / CSV of exactly the view on screen; Copy PNG, link or sources (text); Share. The buttons render
 * with the page (no layout shift); the export code loads on first use. Every outcome is announced.
 */
export function ExportToolbar({
  index,
  model,
  colours,
}: {
  index: DatasetIndex;
  model: ViewModel;
  colours: ReadonlyMap<string, string>;
}) {
  const { view } = model;
  const hintId = useId();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<FileExport | 'copy-png' | null>(null);
  /** What to run on "Try again" after an export whose code or data could not be fetched. */
  const [again, setAgain] = useState<{ run: () => void } | null>(null);
  const size = useExportSize((s) => s.size);
  const queryClient = useQueryClient();
  // The Share menu's code, ahead of a first click.
  useEffect(() => whenIdle(() => void preloadSharePanel()), []);
  const link = canonicalLink(view);
  // "Link copied", "PNG downloaded" … speak of the view they were said in: a new view clears them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the link is the trigger, not an input.
  useEffect(() => setStatus(''), [link]);
  const available = exportAvailability(view, model.indicators);
  const hint = available.image ?? available.data;
  // A file or a PNG says it is being made; a failure says why, with Try again where code or data
  // could not be fetched (offline).
  const run = async (action: ToolbarAction) => {
    const making = action === 'copy-link' || action === 'copy-sources' ? null : action;
    if (making) {
      setBusy(making);
      setStatus('');
    }
    setAgain(null);
    try {
      const { runToolbarAction } = await toolbarActions();
      setStatus(await runToolbarAction(action, { index, model, colours, link, size, queryClient }));
    } catch (error) {
      setStatus(`${failure(action)}: ${failureInWords(error)}`);
      if (isFetchFailure(error)) setAgain({ run: () => void run(action) });
    } finally {
      if (making) setBusy(null);
    }
  };

  return (
    <div className="export-toolbar">
      {/* One "Download" caption over PNG / SVG / CSV / Data and one "Copy" over PNG / Link keep the
          toolbar on one row; each button's name still says it all ("Download PNG", "Copy link"). */}
      <div className="export-downloads">
        <span className="export-downloads-caption" aria-hidden="true">
          Download
        </span>
        {FILE_BUTTONS.map(({ kind, label, needs }) => (
          <button
            key={kind}
            type="button"
            aria-label={label}
            disabled={available[needs] !== null || busy !== null}
            aria-describedby={available[needs] ? hintId : undefined}
            onClick={() => void run(kind)}
            onPointerEnter={preloadExports}
            onFocus={preloadExports}
          >
            {kind.toUpperCase()}
          </button>
        ))}
        <DownloadData index={index} model={model} link={link} onStatus={setStatus} />
      </div>
      <div className="export-downloads">
        <span className="export-downloads-caption" aria-hidden="true">
          Copy
        </span>
        <button
          type="button"
          aria-label="Copy PNG"
          disabled={available.image !== null || busy !== null}
          aria-describedby={available.image ? hintId : undefined}
          onClick={() => void run('copy-png')}
          onPointerEnter={preloadExports}
          onFocus={preloadExports}
        >
          PNG
        </button>
        <button type="button" aria-label="Copy link" onClick={() => void run('copy-link')}>
          Link
        </button>
        <button type="button" aria-label="Copy sources" onClick={() => void run('copy-sources')}>
          Sources
        </button>
      </div>
      <ShareMenu link={link} title={model.title} indicators={view.indicators} />
      {hint && (
        <span className="export-hint" id={hintId}>
          {hint}
        </span>
      )}
      <span className="export-status" role="status">
        {busy === 'copy-png' ? 'Copying the PNG…' : busy ? `Making the ${busy.toUpperCase()}…` : status}
      </span>
      {again && !busy && (
        <button type="button" onClick={again.run}>
          Try again
        </button>
      )}
    </div>
  );
}
