import { useQuery } from '@tanstack/react-query';
import type { Profile } from './profileSchema';
import type { Dataset } from './schema';

/*
 * The fetch and its zod validation load with the first fetch: the built page carries the dataset
 * of the first view (src/app/boot/initialData.ts), so most visits never fetch it.
 */
const fetchDataset = async (signal: AbortSignal) => {
  const [{ fetchJson }, { datasetSchema }] = await Promise.all([import('./fetchJson'), import('./schema')]);
  return fetchJson(DATASET_URL, datasetSchema, signal);
};
const fetchProfile = async (code: string, signal: AbortSignal) => {
  const [{ fetchJson }, { profileSchema }] = await Promise.all([
    import('./fetchJson'),
    import('./profileSchema'),
  ]);
  return fetchJson(profileUrl(code), profileSchema, signal);
};

const base = import.meta.env.BASE_URL;
export const DATASET_URL = `${base}data/indicators.json`;
export const profileUrl = (code: string) => `${base}data/profiles/${encodeURIComponent(code)}.json`;

export function useDataset() {
  return useQuery<Dataset>({
    queryKey: ['dataset'],
    queryFn: ({ signal }) => fetchDataset(signal),
    staleTime: Number.POSITIVE_INFINITY,
    // A boot fetch that timed out is shown as it is, with Retry (src/app/main.tsx), not fetched again.
    retryOnMount: false,
    retry: 1,
    retryDelay: 300,
  });
}

export function useProfile(code: string | null, exists: boolean) {
  return useQuery<Profile>({
    queryKey: ['profile', code],
    queryFn: ({ signal }) => fetchProfile(code ?? '', signal),
    enabled: Boolean(code) && exists,
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
    retryDelay: 300,
  });
}
