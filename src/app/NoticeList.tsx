import { lazy, Suspense } from 'react';
import { LinkedDataNotice } from '../share/LinkedDataNotice';
import DroppedNotice from './DroppedNotice';
import FramedNotice from './FramedNotice';

/** Loaded only when stored data was set aside or could not be read or kept (its rescue CSV needs d3-dsv). */
const StorageNotice = lazy(() => import('../import/StorageNotice'));

/** The notices that show (Notices.tsx says which): one chunk, loaded only when one of them does. */
export default function NoticeList({
  framed,
  dropped,
  fromLink,
  storage,
}: {
  framed: boolean;
  dropped: boolean;
  fromLink: boolean;
  storage: boolean;
}) {
  return (
    <>
      {framed && <FramedNotice />}
      {dropped && <DroppedNotice />}
      {fromLink && <LinkedDataNotice />}
      {storage && (
        <Suspense fallback={null}>
          <StorageNotice />
        </Suspense>
      )}
    </>
  );
}
