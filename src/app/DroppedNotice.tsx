import { isImportedIndicator } from '../data/ownIds';
import { useImportStore } from '../import/importStore';
import { describeDropped, visibleText } from '../state/droppedText';
import { useView } from '../state/store';
import type { DroppedValue } from '../state/url';

/** At most this many lines in the notice (a 15 KB link can name 5,000 values). */
export const MAX_DROPPED_LINES = 20;

/**
 * The lines of the notice: each dropped value once, in words; own indicators whose data was in a
 * link that could not be read are one line (the link's own notice says why), not one line each.
 */
export function droppedLines(dropped: readonly DroppedValue[], linkFailed: boolean): string[] {
  const fromLink = (d: DroppedValue) =>
    linkFailed && d.reason === 'unknown indicator' && isImportedIndicator(d.value);
  const own = dropped.filter(fromLink).map((d) => visibleText(d.value));
  const lines = [...new Set(dropped.filter((d) => !fromLink(d)).map(describeDropped))];
  if (own.length > 0)
    lines.push(
      `Ignored your indicator${own.length > 1 ? 's' : ''} ${own.slice(0, 5).join(', ')}${own.length > 5 ? ' …' : ''}: ${own.length > 1 ? 'their' : 'its'} data was to come from the link, which could not be read (see below)`,
    );
  if (lines.length <= MAX_DROPPED_LINES) return lines;
  return [...lines.slice(0, MAX_DROPPED_LINES), `… and ${lines.length - MAX_DROPPED_LINES} more`];
}

export default function DroppedNotice() {
  const dropped = useView((s) => s.dropped);
  const dismiss = useView((s) => s.dismissDropped);
  const linkFailed = useImportStore((s) => Boolean(s.linkNotice?.problem));
  if (dropped.length === 0) return null;
  return (
    <div className="notice" role="status">
      <div>
        <strong>Part of the link could not be used.</strong>
        <ul>
          {droppedLines(dropped, linkFailed).map((line) => (
            <li key={line}>{line}</li>
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
