import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import type { DatasetIndex } from '../data/derive';
import type { ViewState } from '../data/view';
import type { ViewModel } from '../data/viewModel';
import { useImportStore } from '../import/importStore';
import { isImportedIndicator } from '../import/ownIds';
import { DownloadData } from '../share/DownloadData';
import { serializeView } from '../state/url';
import { whenIdle } from '../ui/whenIdle';
import { copyText } from './clipboard';
import { useExportSize } from './ExportSizeSelect';
import type { FileExport } from './exportActions';
import { exportAvailability } from './exportAvailability';
import { preloadSharePanel, ShareMenu } from './ShareMenu';

export function canonicalLink(view: ViewState): string {
  return `${window.location.origin}${window.location.pathname}${serializeView({ ...view, embed: false })}`;
}

/**
 * The export code starts loading when the pointer or the focus reaches an export button, not at the
 * click, so the first export does not wait for it (it is not needed to read the chart).
 */
function preloadExports() {
  void import('./exportActions').catch(() => undefined);
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
    try {
      const { copyPngToClipboard } = await import('./exportActions');
      setStatus(await copyPngToClipboard({ index, model, colours, link, size, queryClient }));
    } catch (error) {
      setStatus(`Could not copy the PNG: ${(error as Error).message}`);
    } finally {
      setBusy(null);
    }
  };

  // With own indicators in the view, the link carries their rows (#data=) or says it does not.
  const copyLink = async () => {
    if (!ownData) {
      setStatus(await copyText(link));
      return;
    }
    try {
      const { linkToCopy } = await import('../share/copyLink');
      const copy = linkToCopy(link, ownData.imports, ownData.indicators);
      const result = await copyText(copy.text);
      setStatus(result === 'Link copied' ? copy.copied : result);
    } catch (error) {
      setStatus(`Could not copy the link: ${(error as Error).message}`);
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
    try {
      const { runFileExport } = await import('./exportActions');
      setStatus(await runFileExport(kind, { index, model, colours, link, size, queryClient }));
    } catch (error) {
      setStatus(`Could not make the ${kind.toUpperCase()}: ${(error as Error).message}`);
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
    </div>
  );
}
