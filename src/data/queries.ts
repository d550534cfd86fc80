import { useQuery } from '@tanstack/react-query';
import { type Profile, profileSchema } from '../profiles/profileSchema';
import { fetchJson } from './fetchJson';
import { type Dataset, datasetSchema } from './schema';

const base = import.meta.env.BASE_URL;
export const DATASET_URL = `${base}data/indicators.json`;
export const profileUrl = (code: string) => `${base}data/profiles/${encodeURIComponent(code)}.json`;

export function useDataset() {
  return useQuery<Dataset>({
    queryKey: ['dataset'],
    queryFn: ({ signal }) => fetchJson(DATASET_URL, datasetSchema, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
    retryDelay: 300,
  });
}

export function useProfile(code: string | null, exists: boolean) {
  return useQuery<Profile>({
    queryKey: ['profile', code],
    queryFn: ({ signal }) => fetchJson(profileUrl(code ?? ''), profileSchema, signal),
    enabled: Boolean(code) && exists,
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
    retryDelay: 300,
  });
}
