import { useEffect, useMemo } from 'react';
import { type DatasetIndex, indexDataset } from './data/derive';
import { useDataset } from './data/queries';
import type { Dataset } from './data/schema';
import { useImportStore } from './import/importStore';
import { isImportedIndicator, mergeImports } from './import/parseImport';
import { catalogOf } from './state/catalog';
import { useUrlSync } from './state/useUrlSync';
import { Dashboard } from './ui/Dashboard';
import { DataError } from './ui/DataError';
import { Loading } from './ui/Loading';

const indexes = new WeakMap<Dataset, DatasetIndex>();

/** The index of a dataset, built once per dataset object (boot and the first render share it). */
export function indexOf(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = indexDataset(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

/** Whether a query string names the analyst's own indicators, which only IndexedDB can supply. */
export function linkNamesOwnData(search: string): boolean {
  const indicators = new URLSearchParams(search).get('indicators') ?? '';
  return indicators.split(',').some((id) => isImportedIndicator(id.trim().toLowerCase()));
}

/** Read once: a link to own data waits for IndexedDB before it opens (else its indicators would be dropped). */
const waitForOwnData = typeof window !== 'undefined' && linkNamesOwnData(window.location.search);

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
  // The built-in data draws at once; own data (IndexedDB) merges in when it arrives.
  const ready = importsReady || !waitForOwnData;
  const index = useMemo(() => (merged && ready ? indexOf(merged) : null), [merged, ready]);
  const catalog = useMemo(() => (index ? catalogOf(index) : null), [index]);
  useUrlSync(catalog);
  if (dataset.isError)
    return <DataError error={dataset.error} retry={() => dataset.refetch()} retrying={dataset.isFetching} />;
  if (!index || !dataset.data) return <Loading />;
  return <Dashboard index={index} base={dataset.data} />;
}
