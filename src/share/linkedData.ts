import type { Dataset } from '../data/schema';
import { useImportStore } from '../import/importStore';
import { fragmentPayload } from '../state/fragmentHash';

/**
 * Opening a link with `#data=`: decodes it (codec loaded only then) and hands the rows to the import
 * store as data from the link, in memory only. A broken fragment becomes a notice naming the problem.
 */
export async function loadLinkedData(base: Dataset, hash: string): Promise<void> {
  const store = useImportStore.getState();
  const payload = fragmentPayload(hash);
  if (payload === null) {
    store.setLinked(null, null);
    return;
  }
  try {
    const { decodeFragment, FRAGMENT_PROBLEMS } = await import('./fragment');
    const result = decodeFragment(payload, base);
    if (result.ok) {
      store.setLinked(result.data, { problem: null, rejected: result.rejected });
    } else {
      const detail = result.detail ? ` (${result.detail})` : '';
      store.setLinked(null, {
        problem: `${FRAGMENT_PROBLEMS[result.problem]}${detail}`,
        rejected: result.rejected,
      });
    }
  } catch (error) {
    store.setLinked(null, {
      problem: `the data in the link could not be read: ${(error as Error).message}`,
      rejected: [],
    });
  }
}
