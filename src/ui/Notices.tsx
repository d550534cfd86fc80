import { lazy, Suspense } from 'react';
import { useImportStore } from '../import/importStore';
import { useView } from '../state/store';
import { describeDropped } from '../state/url';

/** Loaded only for a link that carries data (`#data=`): most views never need it. */
const LinkedDataNotice = lazy(() =>
  import('../share/LinkedDataNotice').then((m) => ({ default: m.LinkedDataNotice })),
);

/** Loaded only when stored data was set aside or could not be read or kept. */
const StorageNotice = lazy(() => import('../import/StorageNotice'));

/** Names every value of the URL that was ignored, and what became of data in the link. Text only, never HTML. */
export function Notices() {
  const fromLink = useImportStore((s) => s.linked.length > 0 || s.linkNotice !== null);
  const storage = useImportStore((s) => s.setAside.length > 0 || s.storageProblem !== null);
  return (
    <>
      <DroppedNotice />
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

function DroppedNotice() {
  const dropped = useView((s) => s.dropped);
  const dismiss = useView((s) => s.dismissDropped);
  if (dropped.length === 0) return null;
  return (
    <div className="notice" role="status">
      <div>
        <strong>Part of the link could not be used.</strong>
        <ul>
          {dropped.map((d) => (
            <li key={`${d.parameter}=${d.value}:${d.reason}`}>{describeDropped(d)}</li>
          ))}
        </ul>
        <p>The rest of the view opened as linked.</p>
      </div>
      <button type="button" onClick={dismiss} aria-label="Dismiss notice">
        Dismiss
      </button>
    </div>
  );
}
