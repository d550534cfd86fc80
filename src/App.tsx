import { useMemo } from 'react';
import { indexDataset } from './data/derive';
import { useDataset } from './data/queries';
import { catalogOf } from './state/catalog';
import { useUrlSync } from './state/useUrlSync';
import { Dashboard } from './ui/Dashboard';
import { DataError } from './ui/DataError';
import { Loading } from './ui/Loading';

export function App() {
  const dataset = useDataset();
  const index = useMemo(() => (dataset.data ? indexDataset(dataset.data) : null), [dataset.data]);
  const catalog = useMemo(() => (index ? catalogOf(index) : null), [index]);
  useUrlSync(catalog);
  if (dataset.isError)
    return <DataError error={dataset.error} retry={() => dataset.refetch()} retrying={dataset.isFetching} />;
  if (!index) return <Loading />;
  return <Dashboard index={index} />;
}
