import { csvFormat } from 'd3-dsv';
import { type ReactNode, useEffect, useRef } from 'react';
import { spreadsheetSafe } from '../data/spreadsheetSafe';
import { useFramedFullApp } from '../state/framing';
import { download } from '../ui/download';
import type { SetAsideRecord } from './importedSchema';
import { useImportStore } from './importStore';
import { FRAGMENT_COLUMNS, importRows } from './importsCsv';

const MAX_LISTED = 20;

/** The rows of records that could not be read, as far as they go: every row that has a country. */
export function setAsideCsv(records: readonly unknown[]): string {
  const rows: Record<string, string>[] = [];
  const text = (v: unknown) => (v === null || v === undefined ? '' : spreadsheetSafe(String(v)));
  for (const record of records) {
    const observations = (record as { observations?: unknown })?.observations;
    if (!Array.isArray(observations)) continue;
    for (const o of observations as Record<string, unknown>[]) {
      if (typeof o !== 'object' || o === null) continue;
      rows.push({
        country: text(o.country),
        indicator: text(o.indicator),
        year: text(o.year),
        value: text(o.value),
        note: text(o.note),
      });
    }
  }
  return csvFormat(rows, ['country', 'indicator', 'year', 'value', 'note']);
}

/**
 * The analyst's imports as a CSV that Add data reads back, through the per-cell writer of every
 * export: each text cell safe in a spreadsheet (src/data/spreadsheetSafe.ts), commas and quotes left to d3-dsv.
 */
export function rescueCsv(imports: Parameters<typeof importRows>[0]): string {
  const rows = importRows(imports).map((row) =>
    Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, spreadsheetSafe(cell)])),
  );
  return csvFormat(rows, [...FRAGMENT_COLUMNS]);
}

/** A storage problem in words, with Dismiss: what could not be done, why, and what became of the data. */
function ProblemNotice(props: {
  title: ReactNode;
  problem: string;
  after: string;
  onDismiss: () => void;
  dismissLabel?: string;
}) {
  return (
    <div className="notice" role="alert">
      <div>
        <strong>{props.title}</strong>
        <p>{`Problem: ${props.problem.replace(/\.$/, '')}. ${props.after}`}</p>
      </div>
      <button
        type="button"
        onClick={props.onDismiss}
        aria-label={props.dismissLabel ?? 'Dismiss storage notice'}
      >
        Dismiss
      </button>
    </div>
  );
}

const file = (text: string, type: string) => new Blob([text], { type: `${type};charset=utf-8` });

/** "Could not remove alpha.csv from this browser." (each name isolated: own text, issue 26). */
function notRemovedTitle(files: readonly string[] | undefined): ReactNode {
  if (!files?.length) return 'A file could not be removed from this browser.';
  return (
    <>
      {'Could not remove '}
      {files.map((name, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: text only (two files may have one name).
        <span key={i}>
          {i > 0 && (i === files.length - 1 ? ' and ' : ', ')}
          <bdi>{name}</bdi>
        </span>
      ))}
      {' from this browser.'}
    </>
  );
}

/**
 * Where the focus goes when the set-aside notice leaves after its Delete: the Add data button, where
 * the reader's own data is (the notice and its buttons are gone; left alone, the focus falls to the
 * page's body and a keyboard or screen reader user starts again from the top).
 */
const FOCUS_AFTER_DELETE = '.add-data > button';

/** The records set aside, named, with Download (JSON, CSV) and Delete. */
function SetAsideNotice({
  setAside,
  deleting,
  framed,
}: {
  setAside: readonly SetAsideRecord[];
  deleting: boolean;
  framed: boolean;
}) {
  const { deleteSetAside } = useImportStore.getState();
  /** Set when this notice's Delete was pressed: only then does the focus follow it out. */
  const deleteAsked = useRef(false);
  useEffect(
    () => () => {
      // After the commit that took the notice out: a focus that was in it is on the body now (the
      // reader may have moved it elsewhere meanwhile, or another tab deleted the records: then not).
      const active = document.activeElement;
      if (deleteAsked.current && (active === null || active === document.body))
        document.querySelector<HTMLElement>(FOCUS_AFTER_DELETE)?.focus();
    },
    [],
  );
  return (
    <section className="notice storage-notice" aria-label="Stored data set aside">
      <div>
        <strong>
          {setAside.length === 1
            ? 'One import stored in this browser could not be read, and was set aside:'
            : `${setAside.length} imports stored in this browser could not be read, and were set aside:`}
        </strong>
        <ul>
          {setAside.slice(0, MAX_LISTED).map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: text without state (two records may read alike).
            <li key={i}>
              <bdi>{r.label}</bdi>
              {` (${r.reason})`}
            </li>
          ))}
          {setAside.length > MAX_LISTED && <li>{`… and ${setAside.length - MAX_LISTED} more`}</li>}
        </ul>
        <p>Your other data loaded. What was set aside is kept apart in this browser until you delete it.</p>
      </div>
      <div className="notice-actions">
        <button
          type="button"
          onClick={() =>
            download(
              file(JSON.stringify(setAside, null, 2), 'application/json'),
              'epsos-indicators-set-aside.json',
            )
          }
        >
          Download as JSON
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              file(setAsideCsv(setAside.map((r) => r.record)), 'text/csv'),
              'epsos-indicators-set-aside.csv',
            )
          }
        >
          Download as CSV
        </button>
        <button
          type="button"
          onClick={() => {
            deleteAsked.current = true;
            void deleteSetAside(setAside);
          }}
          disabled={framed}
          aria-disabled={deleting || undefined}
          title={
            framed ? 'Shown inside another site: open the dashboard in its own tab to delete it' : undefined
          }
        >
          {deleting ? 'Deleting…' : 'Delete what was set aside'}
        </button>
        <span role="status" className="visually-hidden">
          {deleting ? 'Deleting what was set aside…' : ''}
        </span>
      </div>
    </section>
  );
}

/**
 * What became of the data kept in this browser: records set aside because they could not be read
 * (named, with Download and Delete; a delete that could not be written), a store that could not be
 * read, an import that could not be removed, or data that could not be kept (with its CSV). Text only.
 */
export default function StorageNotice() {
  const setAside = useImportStore((s) => s.setAside);
  const problem = useImportStore((s) => s.storageProblem);
  const imports = useImportStore((s) => s.imports);
  const asideProblem = useImportStore((s) => s.asideProblem);
  const deleting = useImportStore((s) => s.deletingAside === true);
  const framed = useFramedFullApp();
  const { dismissStorageProblem } = useImportStore.getState();
  const dismissAsideProblem = () => useImportStore.setState({ asideProblem: null });
  return (
    <>
      {setAside.length > 0 && <SetAsideNotice setAside={setAside} deleting={deleting} framed={framed} />}
      {asideProblem !== null && (
        <ProblemNotice
          title="What was set aside could not be deleted."
          problem={asideProblem}
          after="Nothing was deleted: it is still kept in this browser."
          onDismiss={dismissAsideProblem}
          dismissLabel="Dismiss notice about deleting"
        />
      )}
      {problem?.kind === 'load' && (
        <ProblemNotice
          title="The data you stored in this browser could not be read."
          problem={problem.detail}
          after="The dashboard opened without it; nothing was deleted."
          onDismiss={dismissStorageProblem}
        />
      )}
      {problem?.kind === 'remove' && (
        <ProblemNotice
          title={notRemovedTitle(problem.files)}
          problem={problem.detail}
          after="Nothing was removed: it is still kept in this browser."
          onDismiss={dismissStorageProblem}
        />
      )}
      {problem?.kind === 'save' && (
        <div className="notice" role="alert">
          <div>
            <strong>Your data could not be kept in this browser.</strong>
            <p>
              {`Problem: ${problem.detail.replace(/\.$/, '')}. It is shown in this tab until you close it: download it as CSV to keep it, and add it again later.`}
            </p>
          </div>
          <div className="notice-actions">
            {imports.length > 0 && (
              <button
                type="button"
                onClick={() =>
                  download(file(rescueCsv(imports), 'text/csv'), 'epsos-indicators-your-data.csv')
                }
              >
                Download your data (CSV)
              </button>
            )}
            <button type="button" onClick={dismissStorageProblem} aria-label="Dismiss storage notice">
              Dismiss
            </button>
          </div>
        </div>
      )}
    </>
  );
}
