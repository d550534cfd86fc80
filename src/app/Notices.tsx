import { lazy, Suspense } from 'react';
import { useImportStore } from '../import/importStore';
import { useFramedFullApp } from '../state/framing';
import { useView } from '../state/store';

/** Loaded only when a link had values that could not be used (most links have none). */
const DroppedNotice = lazy(() => import('./DroppedNotice'));

/** Loaded only for a link that carries data (`#data=`): most views never need it. */
const LinkedDataNotice = lazy(() =>
  import('../share/LinkedDataNotice').then((m) => ({ default: m.LinkedDataNotice })),
);

/** Loaded only when the full app is framed by another site (src/state/framing.ts). */
const FramedNotice = lazy(() => import('./FramedNotice'));

/** Loaded only when stored data was set aside or could not be read or kept. */
const StorageNotice = lazy(() => import('../import/StorageNotice'));

/** Names every value of the URL that was ignored, and what became of data in the link. Text only, never HTML. */
export function Notices() {
  const fromLink = useImportStore((s) => s.linked.length > 0 || s.linkNotice !== null);
  const storage = useImportStore(
    (s) => s.setAside.length > 0 || s.storageProblem !== null || s.asideProblem !== null,
  );
  const framed = useFramedFullApp();
  const dropped = useView((s) => s.dropped.length > 0);
  return (
    <>
      {framed && (
        <Suspense fallback={null}>
          <FramedNotice />
        </Suspense>
      )}
      {dropped && (
        <Suspense fallback={null}>
          <DroppedNotice />
        </Suspense>
      )}
      {fromLink && (
        <Suspense fallback={null}>
          <LinkedDataNotice />
        </Suspense>
      )}
      {storage && (
        <Suspense fallback={null}>
          <StorageNotice />
        </Suspense>
      )}
    </>
  );
}
