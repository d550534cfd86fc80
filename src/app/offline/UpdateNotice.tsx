/** "New version: Reload": a new deployment is ready; the page takes it only when the reader says so. */
export function UpdateNotice({ onReload, onDismiss }: { onReload: () => void; onDismiss: () => void }) {
  return (
    <div className="update-notice">
      <p>A new version of the dashboard is ready.</p>
      <button type="button" onClick={onReload}>
        Reload
      </button>
      <button type="button" className="update-notice-later" onClick={onDismiss}>
        Later
      </button>
    </div>
  );
}
