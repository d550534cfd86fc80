import { useImportStore } from '../import/importStore';
import { visibleText } from '../state/droppedText';
import { useFramedFullApp } from '../state/framing';
import { LINKED_LABEL } from './linkedLabel';

const MAX_LISTED = 10;

/**
 * What became of the data in a `#data=` link: shown and not stored (keep it, or remove it), or why
 * it could not be used. Text only: nothing from the link is rendered as markup.
 */
export function LinkedDataNotice() {
  const linked = useImportStore((s) => s.linked);
  const notice = useImportStore((s) => s.linkNotice);
  const { keepLinked, removeLinked, dismissLinkNotice } = useImportStore.getState();
  const framed = useFramedFullApp();
  const rejected = notice?.rejected ?? [];
  const rejectedList =
    rejected.length > 0 ? (
      <>
        <p>
          {rejected.length} row{rejected.length > 1 ? 's' : ''} of the link could not be read:
        </p>
        <ul>
          {rejected.slice(0, MAX_LISTED).map((r) => (
            <li key={`${r.line}:${r.message}`}>{`line ${r.line}: ${visibleText(r.message, 300)}`}</li>
          ))}
          {rejected.length > MAX_LISTED && <li>{`… and ${rejected.length - MAX_LISTED} more`}</li>}
        </ul>
      </>
    ) : null;
  if (linked.length > 0) {
    const figures = linked.reduce((n, d) => n + d.observations.length, 0);
    return (
      <section className="notice linked-notice" aria-label="Data from the link">
        <div>
          <strong>{`This view includes ${LINKED_LABEL} (${figures} figure${figures === 1 ? '' : 's'}).`}</strong>
          <p>
            It is held in this tab only: nothing was stored in this browser, and your own data is untouched.
          </p>
          {rejectedList}
        </div>
        <div className="notice-actions">
          <button
            type="button"
            onClick={() => void keepLinked()}
            disabled={framed}
            title={
              framed ? 'Shown inside another site: open the dashboard in its own tab to keep data' : undefined
            }
          >
            Keep in this browser
          </button>
          <button type="button" onClick={removeLinked}>
            Remove data from the link
          </button>
        </div>
      </section>
    );
  }
  if (!notice?.problem) return null;
  return (
    <div className="notice" role="status">
      <div>
        <strong>The data in the link could not be used.</strong>
        <p>{`Problem: ${visibleText(notice.problem, 300)}.`}</p>
        {rejectedList}
        <p>The view opened with the built-in data.</p>
      </div>
      <button type="button" onClick={dismissLinkNotice} aria-label="Dismiss link data notice">
        Dismiss
      </button>
    </div>
  );
}
