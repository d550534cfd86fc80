/** The page's title band, the same while loading and once the data is in (no layout shift between them). */
export function AppHeader() {
  return (
    <header className="app-header">
      <h1>epSOS Indicators</h1>
      <p>
        GP use of computers, the Internet and electronic records in Europe, survey by survey, each against its
        own published average.
      </p>
    </header>
  );
}
