import { DataLoadError } from '../data/dataLoadError';

/** A failed or malformed data load: says what went wrong and offers Retry; never a blank page. */
export function DataError({
  error,
  retry,
  retrying,
}: {
  error: Error;
  retry: () => void;
  retrying: boolean;
}) {
  const detail = error instanceof DataLoadError ? `${error.message} (${error.url})` : error.message;
  return (
    <main className="status-page">
      <div role="alert" className="error-box">
        <h1>The indicator data could not be loaded</h1>
        <p>{detail}</p>
        <p>
          Nothing you selected is lost: the link still holds your view. Try again, or reload the page later.
        </p>
        <button type="button" onClick={retry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    </main>
  );
}
