import { useState } from 'react';

const rescue = () => import('../import/importStorage');

/** The page shown by AppErrorBoundary (src/app/AppErrorBoundary.tsx): what happened, and a way out. */
export default function CrashPage({ error }: { error: Error }) {
  const [status, setStatus] = useState('');
  const act = (run: () => Promise<string>) => () =>
    void run().then(setStatus, (e: Error) => setStatus(`That did not work: ${e.message}`));
  const downloadStored = act(async () => {
    const [{ storedAsIs }, { download }] = await Promise.all([rescue(), import('../ui/download')]);
    const text = JSON.stringify(await storedAsIs(), null, 2);
    download(new Blob([text], { type: 'application/json' }), 'epsos-indicators-stored-data.json');
    return 'Downloaded what this browser stored (epsos-indicators-stored-data.json).';
  });
  const clearStored = act(async () => {
    await (await rescue()).clearStored();
    return 'Deleted what this browser stored. Reload the page.';
  });
  return (
    <main className="status-page">
      <div role="alert" className="error-box">
        <h1>The dashboard stopped with an error</h1>
        <p>
          <bdi>{error.message}</bdi>
        </p>
        <p>
          If this comes back on every load, data stored in this browser may cause it: download it to keep it,
          then delete it and reload. The link still holds your view.
        </p>
        <div className="notice-actions">
          <button type="button" onClick={downloadStored}>
            Download what is stored
          </button>
          <button type="button" onClick={clearStored}>
            Delete what is stored
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
        <p role="status">{status}</p>
      </div>
    </main>
  );
}
