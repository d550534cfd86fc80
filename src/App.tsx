import { useEffect, useMemo } from 'react';
import { indexDataset } from './data/derive';
import { useDataset } from './data/queries';
import { useImportStore } from './import/importStore';
import { mergeImports } from './import/parseImport';
import { catalogOf } from './state/catalog';
import { useUrlSync } from './state/useUrlSync';
import { Dashboard } from './ui/Dashboard';
import { DataError } from './ui/DataError';
import { Loading } from './ui/Loading';

export function App() {
  const dataset = useDataset();
  const importsReady = useImportStore((s) => s.ready);
  const imports = useImportStore((s) => s.imports);
  const linked = useImportStore((s) => s.linked);
  const linkReady = useImportStore((s) => s.linkReady);
  useEffect(() => {
    void useImportStore.getState().hydrate();
  }, []);
  useEffect(() => {
    // A link with #data= carries own data; its codec loads only then (src/share/linkedData.ts).
    if (dataset.data && !useImportStore.getState().linkReady)
      void import('./share/linkedData').then((m) => m.loadLinkedData(dataset.data, window.location.hash));
  }, [dataset.data]);
  const merged = useMemo(
    () => (dataset.data ? mergeImports(dataset.data, [...imports, ...linked]) : null),
    [dataset.data, imports, linked],
  );
  const index = useMemo(
    () => (merged && importsReady && linkReady ? indexDataset(merged) : null),
    [merged, importsReady, linkReady],
  );
  const catalog = useMemo(() => (index ? catalogOf(index) : null), [index]);
  useUrlSync(catalog, linked.length > 0);
  if (dataset.isError)
    return <DataError error={dataset.error} retry={() => dataset.refetch()} retrying={dataset.isFetching} />;
  if (!index || !dataset.data) return <Loading />;
  return <Dashboard index={index} base={dataset.data} />;
}
