import { AppHeader } from './AppHeader';

/** While the data loads: the page's header already in place, and a status line where the controls will be. */
export function Loading() {
  return (
    <div className="app">
      <AppHeader />
      <main aria-busy="true">
        <p role="status" className="loading-status">
          Loading the indicator data…
        </p>
      </main>
    </div>
  );
}
