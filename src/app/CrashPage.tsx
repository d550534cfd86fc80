import { Component, type ReactNode, useState } from 'react';

/**
 * The last guard around the whole page: an error nothing else caught shows what happened and a way
 * out, never a white page. Data stored in this browser can make every load fail, so the page offers
 * it for download first, then deletes it. The rescue code loads only when a button is pressed.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override render() {
    return this.state.error ? <CrashPage error={this.state.error} /> : this.props.children;
  }
}

const rescue = () => import('../import/importStorage');

function CrashPage({ error }: { error: Error }) {
  const [status, setStatus] = useState('');
  const act = (run: () => Promise<string>) => () =>
    void run().then(setStatus, (e: Error) => setStatus(`That did not work: ${e.message}`));
  const downloadStored = act(async () => {
    const [{ storedAsIs }, { download }] = await Promise.all([rescue(), import('../export/png')]);
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
