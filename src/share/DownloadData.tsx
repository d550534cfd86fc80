import { useCallback, useId, useRef, useState } from 'react';
import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';
import { failureInWords } from '../ui/failedModuleUrl';
import { retryableImport } from '../ui/preloadable';
import { useDismiss } from '../ui/useDismiss';
import { FULL_PACKAGE_FILE, fullPackageUrl } from './fullPackage';

/** The view's package code, fetched again under a new URL after a failure (offline). */
const viewPackageModule = retryableImport(() => import('./viewPackageDownload'));

/**
 * Download data: the full dataset (a static ZIP built with the app) or the data of this view (a ZIP
 * built in the browser, code loaded on first use). Both are Frictionless Data Packages.
 */
export function DownloadData({
  index,
  model,
  link,
  onStatus,
}: {
  index: DatasetIndex;
  model: ViewModel;
  link: string;
  onStatus: (message: string) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  useDismiss(
    rootRef,
    open,
    useCallback(() => setOpen(false), []),
  );
  const viewPackage = async () => {
    onStatus('Making the data of this view…');
    try {
      const { downloadViewPackage } = await viewPackageModule();
      onStatus(downloadViewPackage(index, model, link));
    } catch (error) {
      onStatus(`Could not make the data package: ${failureInWords(error)}`);
    }
  };
  return (
    <div className="download-data" ref={rootRef}>
      <button
        type="button"
        aria-label="Download data"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
      >
        Data
      </button>
      {open && (
        <div className="share-panel" id={`${id}-menu`}>
          <p className="download-data-hint">
            Data Packages (ZIP): CSV tables with the survey, publication and place of every figure, and a
            README with the citation.
          </p>
          <a
            href={fullPackageUrl(import.meta.env.BASE_URL)}
            download={FULL_PACKAGE_FILE}
            className="button-link"
          >
            Full dataset (ZIP)
          </a>
          <button type="button" onClick={() => void viewPackage()}>
            Data of this view (ZIP)
          </button>
        </div>
      )}
    </div>
  );
}
