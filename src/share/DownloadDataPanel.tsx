import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';
import { failureInWords } from '../ui/failedModuleUrl';
import { retryableImport } from '../ui/preloadable';
import { FULL_PACKAGE_FILE, fullPackageUrl } from './fullPackage';

/** The view's package code, fetched again under a new URL after a failure (offline). */
const viewPackageModule = retryableImport(() => import('./viewPackageDownload'));

/** The menu of Download data (its code loads when the menu is first wanted: DownloadData.tsx). */
/** What Download data needs: the data, the view, its link, and where to say what happened. */
export interface DownloadDataProps {
  index: DatasetIndex;
  model: ViewModel;
  link: string;
  onStatus: (message: string) => void;
}

export default function DownloadDataPanel({ index, model, link, onStatus }: DownloadDataProps) {
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
    <>
      <p className="download-data-hint">
        Data Packages (ZIP): CSV tables with the survey, publication and place of every figure, and a README
        with the citation.
      </p>
      <a href={fullPackageUrl(import.meta.env.BASE_URL)} download={FULL_PACKAGE_FILE} className="button-link">
        Full dataset (ZIP)
      </a>
      <button type="button" onClick={() => void viewPackage()}>
        Data of this view (ZIP)
      </button>
    </>
  );
}
