import { lazy, Suspense } from 'react';
import { useImportStore } from '../import/importStore';
import { useFramedFullApp } from '../state/framing';
import { useView } from '../state/store';

/**
 * The notices' code (NoticeList.tsx), loaded only when one of them shows: a link had values that
 * could not be used, a link carries data (`#data=`), the full app is framed by another site
 * (src/state/framing.ts), stored data was set aside or could not be read or kept. Most views have none.
 */
const NoticeList = lazy(() => import('./NoticeList'));

/** Names every value of the URL that was ignored, and what became of data in the link. Text only, never HTML. */
export function Notices() {
  const fromLink = useImportStore((s) => s.linked.length > 0 || s.linkNotice !== null);
  const storage = useImportStore(
    (s) => s.setAside.length > 0 || s.storageProblem !== null || s.asideProblem !== null,
  );
  const framed = useFramedFullApp();
  const dropped = useView((s) => s.dropped.length > 0);
  if (!framed && !dropped && !fromLink && !storage) return null;
  return (
    <Suspense fallback={null}>
      <NoticeList framed={framed} dropped={dropped} fromLink={fromLink} storage={storage} />
    </Suspense>
  );
}
