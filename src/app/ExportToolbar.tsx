import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import type { DatasetIndex } from '../data/derive';
import { isImportedIndicator } from '../data/ownIds';
import type { ViewState } from '../data/view';
import type { ViewModel } from '../data/viewModel';
import { useExportSize } from '../export/ExportSizeSelect';
import type { FileExport } from '../export/exportActions';
import { exportAvailability } from '../export/exportAvailability';
import { useImportStore } from '../import/importStore';
import { DownloadData } from '../share/DownloadData';
import { preloadSharePanel, ShareMenu } from '../share/ShareMenu';
import { serializeView } from '../state/url';
import { failureInWords, isFetchFailure } from '../ui/failedModuleUrl';
import { retryableImport } from '../ui/preloadable';
import { whenIdle } from '../ui/whenIdle';

export function canonicalLink(view: ViewState): string {
  return `${window.location.origin}${window.location.pathname}${serializeView({ ...view, embed: false })}`;
}

/**
 * The export code starts loading when the pointer or the focus reaches an export button, not at the
 * click, so the first export does not wait for it (it is not needed to read the chart).
 */
function preloadExports() {
  void exportActions().catch(() => undefined);
}

/** The export code, the link codec and the clipboard's, fetched again under a new URL after a failure (offline). */
const exportActions = retryableImport(() => import('../export/exportActions'));
const copyLinkModule = retryableImport(() => import('../share/copyLink'));
const clipboardModule = retryableImport(() => import('../ui/clipboard'));

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
  const failed = (what: string, error: unknown, run: () => void) => {
    setStatus(`${what}: ${failureInWords(error)}`);
    if (isFetchFailure(error)) setAgain({ run });
  };
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
  const imports = useImportStore((s) => s.imports);
  const linked = useImportStore((s) => s.linked);
  const ownData = useMemo(() => {
    const own = view.indicators.filter(isImportedIndicator);
    return own.length > 0 ? { imports: [...imports, ...linked], indicators: own } : null;
  }, [view.indicators, imports, linked]);

  const copyPng = async () => {
    setBusy('copy-png');
    setStatus('');
    setAgain(null);
    try {
      const { copyPngToClipboard } = await exportActions();
      setStatus(await copyPngToClipboard({ index, model, colours, link, size, queryClient }));
    } catch (error) {
      failed('Could not copy the PNG', error, () => void copyPng());
    } finally {
      setBusy(null);
    }
  };

  // With own indicators in the view, the link carries their rows (#data=) or says it does not.
  const copyLink = async () => {
    setAgain(null);
    try {
      const { copyText } = await clipboardModule();
      if (!ownData) {
        setStatus(await copyText(link));
        return;
      }
      const { linkToCopy } = await copyLinkModule();
      const copy = linkToCopy(link, ownData.imports, ownData.indicators);
      const result = await copyText(copy.text);
      setStatus(result === 'Link copied' ? copy.copied : result);
    } catch (error) {
      failed('Could not copy the link', error, () => void copyLink());
    }
  };

  // Copy → Sources: the source line and How to cite, as text (the Sources dialog shows them in full).
  const copySources = () =>
    import('../share/sourcesText')
      .then((m) => m.copySources(index, model, link))
      .then(setStatus, (error: Error) => setStatus(`Could not copy the sources: ${error.message}`));

  const exportFile = async (kind: FileExport) => {
    setBusy(kind);
    setStatus('');
    setAgain(null);
    try {
      const { runFileExport } = await exportActions();
      setStatus(await runFileExport(kind, { index, model, colours, link, size, queryClient }));
    } catch (error) {
      failed(`Could not make the ${kind.toUpperCase()}`, error, () => void exportFile(kind));
    } finally {
      setBusy(null);
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
            onClick={() => void exportFile(kind)}
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
          onClick={() => void copyPng()}
          onPointerEnter={preloadExports}
          onFocus={preloadExports}
        >
          PNG
        </button>
        <button type="button" aria-label="Copy link" onClick={() => void copyLink()}>
          Link
        </button>
        <button type="button" aria-label="Copy sources" onClick={() => void copySources()}>
          Sources
        </button>
      </div>
      <ShareMenu link={link} title={model.title} ownData={ownData} />
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
