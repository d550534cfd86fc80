export function Loading() {
  return (
    <main className="status-page" aria-busy="true">
      <p role="status">Loading the indicator data…</p>
    </main>
  );
}
