/** The page's title band, the same while loading and once the data is in (no layout shift between them). */
export function AppHeader() {
  return (
    <header className="app-header">
      <h1>epSOS Indicators</h1>
      <p>
        GP use of computers, the Internet and electronic patient records in Europe, against the EU27 average.
      </p>
    </header>
  );
}
