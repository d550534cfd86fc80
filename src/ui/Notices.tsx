import { LinkedDataNotice } from '../share/LinkedDataNotice';
import { useView } from '../state/store';
import { describeDropped } from '../state/url';

/** Names every value of the URL that was ignored, and what became of data in the link. Text only, never HTML. */
export function Notices() {
  return (
    <>
      <DroppedNotice />
      <LinkedDataNotice />
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
