import * as z from 'zod/mini';

import { DataLoadError, FETCH_TIMEOUT_MS, timedOut } from './dataLoadError';

export { DataLoadError, FETCH_TIMEOUT_MS };

export async function fetchJson<T>(url: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined });
  } catch (error) {
    if (timeout.aborted) throw timedOut(url);
    throw new DataLoadError(`The data could not be fetched (${(error as Error).message}).`, url);
  }
  if (!response.ok) {
    throw new DataLoadError(
      `${`The server answered ${response.status} ${response.statusText}`.trim()}.`,
      url,
    );
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new DataLoadError('The file is not valid JSON (it may be truncated).', url);
  }
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || 'top level'}: ${first.message}` : 'unknown problem';
    throw new DataLoadError(`The file does not have the expected shape (${where}).`, url);
  }
  return parsed.data;
}
