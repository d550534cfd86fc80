import { useId, useState } from 'react';
import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';
import { serializeView } from '../state/url';
import type { ViewState } from '../state/view';
import { copyText } from './clipboard';
import type { FileExport } from './exportActions';
import { exportAvailability } from './exportAvailability';
import { ShareMenu } from './ShareMenu';

export function canonicalLink(view: ViewState): string {
  return `${window.location.origin}${window.location.pathname}${serializeView({ ...view, embed: false })}`;
}

const FILE_BUTTONS: { kind: FileExport; label: string; needs: 'image' | 'data' }[] = [
  { kind: 'png', label: 'Download PNG', needs: 'image' },
  { kind: 'svg', label: 'Download SVG', needs: 'image' },
  { kind: 'csv', label: 'Download CSV', needs: 'data' },
];

/**
 * Download PNG / SVG / CSV of exactly the view on screen, Copy link and Share. The buttons render
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
  const [busy, setBusy] = useState<FileExport | null>(null);
  const link = canonicalLink(view);
  const available = exportAvailability(view);
  const hint = available.image ?? available.data;

  const exportFile = async (kind: FileExport) => {
    setBusy(kind);
    setStatus('');
    try {
      const { runFileExport } = await import('./exportActions');
      setStatus(await runFileExport(kind, { index, model, colours, link }));
    } catch (error) {
      setStatus(`Could not make the ${kind.toUpperCase()}: ${(error as Error).message}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-toolbar">
      {/* One "Download" caption for the three formats keeps the toolbar on one row; each button's
          name still says it all ("Download PNG"). */}
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
          >
            {kind.toUpperCase()}
          </button>
        ))}
      </div>
      <button type="button" onClick={async () => setStatus(await copyText(link))}>
        Copy link
      </button>
      <ShareMenu link={link} />
      {hint && (
        <span className="export-hint" id={hintId}>
          {hint}
        </span>
      )}
      <span className="export-status" role="status">
        {busy ? `Making the ${busy.toUpperCase()}…` : status}
      </span>
    </div>
  );
}
