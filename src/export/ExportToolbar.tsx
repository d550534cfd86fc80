import { useState } from 'react';
import type { DatasetIndex } from '../data/derive';
import { serializeView } from '../state/url';
import type { ViewState } from '../state/view';
import { buildExportSvg } from './buildExport';
import { copyText } from './clipboard';
import { viewCsv } from './csv';
import { exportFileName } from './fileName';
import { download, svgToPng } from './png';
import { ShareMenu } from './ShareMenu';

export function canonicalLink(view: ViewState): string {
  return `${window.location.origin}${window.location.pathname}${serializeView({ ...view, embed: false })}`;
}

/** Download PNG / SVG / CSV of exactly the view on screen, and Copy link. Reports each outcome. */
export default function ExportToolbar({
  index,
  view,
  colours,
}: {
  index: DatasetIndex;
  view: ViewState;
  colours: ReadonlyMap<string, string>;
}) {
  const [status, setStatus] = useState('');
  const run = async (label: string, action: () => Promise<void> | void) => {
    try {
      await action();
      setStatus(label);
    } catch (error) {
      setStatus(`Could not ${label.toLowerCase()}: ${(error as Error).message}`);
    }
  };
  const link = canonicalLink(view);
  return (
    <div className="export-toolbar">
      <button
        type="button"
        onClick={() =>
          run('PNG downloaded', async () => {
            const svg = buildExportSvg(index, view, colours, link);
            download(await svgToPng(svg.markup, svg.width, svg.height), exportFileName(view, 'png'));
          })
        }
      >
        Download PNG
      </button>
      <button
        type="button"
        onClick={() =>
          run('SVG downloaded', () => {
            const svg = buildExportSvg(index, view, colours, link);
            download(new Blob([svg.markup], { type: 'image/svg+xml' }), exportFileName(view, 'svg'));
          })
        }
      >
        Download SVG
      </button>
      <button
        type="button"
        onClick={() =>
          run('CSV downloaded', () =>
            download(
              new Blob([viewCsv(index, view)], { type: 'text/csv;charset=utf-8' }),
              exportFileName(view, 'csv'),
            ),
          )
        }
      >
        Download CSV
      </button>
      <button type="button" onClick={() => run('Link copied', async () => setStatus(await copyText(link)))}>
        Copy link
      </button>
      <ShareMenu link={link} />
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  );
}
