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
  useEffect(() => {
    void useImportStore.getState().hydrate();
  }, []);
  const merged = useMemo(
    () => (dataset.data ? mergeImports(dataset.data, imports) : null),
    [dataset.data, imports],
  );
  const index = useMemo(() => (merged && importsReady ? indexDataset(merged) : null), [merged, importsReady]);
  const catalog = useMemo(() => (index ? catalogOf(index) : null), [index]);
  useUrlSync(catalog);
  if (dataset.isError)
    return <DataError error={dataset.error} retry={() => dataset.refetch()} retrying={dataset.isFetching} />;
  if (!index || !dataset.data) return <Loading />;
  return <Dashboard index={index} base={dataset.data} />;
}
