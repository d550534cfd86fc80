import { type DragEvent, Fragment, useRef, useState } from 'react';
import { yieldToMain } from '../data/indexInSlices';
import { count } from '../data/plural';
import type { Dataset } from '../data/schema';
import { visibleText } from '../state/droppedText';
import { MAX_INDICATORS_JOINING, selectionWithAdded, selectionWithoutAdded } from '../state/importView';
import { useViewStore } from '../state/store';
import { AskColumns, type ColumnAnswers } from './AskColumns';
import { withoutZeroWidth } from './decodeCsv';
import { ImportList } from './ImportList';
import { importCountryNames } from './importNames';
import { importNotes } from './importNotes';
import { type ShownImport, useImportStore } from './importStore';
import { waitToJoin } from './joinView';
import { type AskedColumn, firstWithValue, type ReadByName } from './parseImport';
import { readImportFile, runImport, WORKER_THRESHOLD_BYTES } from './runImport';

/**
 * The "Add data" panel (loaded when first opened): pick, drop or paste a CSV of your own figures.
 * Shows what loaded and a table of the rejected rows with line numbers and reasons; lists imported
 * files with Remove (src/import/ImportList.tsx).
 */
export default function AddDataPanel({ base, id }: { base: Dataset; id: string }) {
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  /** A file without an indicator or year column, waiting for the analyst's answers. */
  const [asking, setAsking] = useState<{
    text: string;
    fileName: string;
    asks: AskedColumn[];
    encoding?: string;
  } | null>(null);
  const { report, add, storageProblem } = useImportStore();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const load = async (
    text: string,
    fileName: string,
    { fill, encoding }: { fill?: ColumnAnswers; encoding?: string } = {},
  ) => {
    setBusy(true);
    setAsking(null);
    try {
      // A large file's decoding (readImportFile) and this scan each in a task of their own.
      if (text.length >= WORKER_THRESHOLD_BYTES) await yieldToMain();
      const clean = withoutZeroWidth(text);
      const result = await runImport(clean.text, fileName, base, {
        countryNames: importCountryNames(base.countries),
        askMissing: fill === undefined,
        ...(fill ? { fill } : {}),
      });
      if (result.asks) {
        useImportStore.getState().clearReport();
        setAsking({ text, fileName, asks: result.asks, ...(encoding ? { encoding } : {}) });
        return;
      }
      // Its indicators and countries join the view when its merge is drawn (src/import/joinView.ts):
      // the chart draws once, with the new figures.
      const { data } = result;
      if (data)
        waitToJoin({
          importId: data.id,
          indicators: data.indicators,
          firstWithValue: result.firstWithValue ?? firstWithValue(data.observations),
        });
      await add(data, {
        fileName,
        loaded: data?.observations.length ?? 0,
        rejected: result.rejected,
        refused: result.refused,
        byName: result.byName ?? [],
        shown: null,
        encoding,
        notes: importNotes(clean.removed, data, base),
        ...(data ? { importId: data.id } : {}),
      });
    } finally {
      setBusy(false);
    }
  };
  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readImportFile(file);
    if ('encoding' in read) await load(read.text, file.name, { encoding: read.encoding });
    else await add(null, { fileName: file.name, loaded: 0, rejected: [], refused: read.refused });
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    void loadFile(event.dataTransfer.files[0]);
  };

  return (
    <section className="add-data-panel" id={id} aria-labelledby={`${id}-title`}>
      <h2 className="add-data-title" id={`${id}-title`} tabIndex={-1} ref={headingRef}>
        Add your own data
      </h2>
      <p>
        A CSV with columns <code>country, indicator, year, value</code> (optional{' '}
        <code>source, note, label</code>); values in percent; <code>;</code> separators and decimal commas are
        fine. Countries by code or name (<code>SE</code>, <code>Sweden</code>, <code>Sverige</code>); a file
        without indicator or year asks for them.{' '}
        {storageProblem?.kind === 'save'
          ? 'Your data could not be kept in this browser (see the notice above): it is in this tab only.'
          : 'Your data stays in this browser.'}{' '}
        See the{' '}
        <a href={`${import.meta.env.BASE_URL}samples/my-indicators.csv`} download>
          sample file
        </a>
        .
      </p>
      <label className="drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <span>Choose a CSV file, or drop it here</span>
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void loadFile(e.target.files?.[0])}
          disabled={busy}
        />
      </label>
      <label className="paste">
        <span>Or paste CSV text</span>
        <textarea rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} />
      </label>
      <button
        type="button"
        disabled={busy || pasted.trim() === ''}
        onClick={() => void load(pasted, 'pasted text')}
      >
        Load pasted text
      </button>
      {busy && <p role="status">Reading the file…</p>}
      {asking && (
        <AskColumns
          fileName={asking.fileName}
          asks={asking.asks}
          onAnswer={(answers) =>
            void load(asking.text, asking.fileName, {
              fill: answers,
              ...(asking.encoding ? { encoding: asking.encoding } : {}),
            })
          }
          onCancel={() => setAsking(null)}
        />
      )}
      {report && <ImportReportView report={report} />}
      {report?.shown && <ShownInView shown={report.shown} />}
      <ImportList emptyFocus={headingRef} />
    </section>
  );
}

/** "Added 1 indicator to the view: …", with Undo (the import stays), then Show again. */
function ShownInView({ shown }: { shown: ShownImport }) {
  const { added, indicatorLabels, countryNames, undone } = shown;
  const counts = [
    indicatorLabels.length > 0 && count(indicatorLabels.length, 'indicator', 'indicators'),
    countryNames.length > 0 && count(countryNames.length, 'country', 'countries'),
  ].filter(Boolean);
  const rest = added.notShown ?? 0;
  // The analyst's own labels each in a <bdi>: one that ends in U+202E reverses only itself.
  const labels = indicatorLabels.map((label, n) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: text without state (two labels may read alike).
    <Fragment key={n}>
      {n > 0 && ', '}
      <bdi>{label}</bdi>
    </Fragment>
  ));
  const text = (
    <>
      {`Added ${counts.join(' and ')} to the view: `}
      {labels}
      {`${indicatorLabels.length > 0 && countryNames.length > 0 ? '; ' : ''}${countryNames.join(', ')}.`}
      {rest > 0 &&
        ` The other ${count(rest, 'indicator', 'indicators')} of the file ${rest === 1 ? 'is' : 'are'} in the Indicators picker: a chart shows ${MAX_INDICATORS_JOINING} at once best.`}
    </>
  );
  const toggle = () => {
    const { view, setSelection } = useViewStore.getState();
    if (!view) return;
    setSelection(undone ? selectionWithAdded(view, added) : selectionWithoutAdded(view, added));
    useImportStore.getState().setShownUndone(!undone);
  };
  return (
    <div className="import-shown" role="status">
      <p>
        {undone ? 'Taken out of the view again; your data stays loaded (in the Indicators picker).' : text}
      </p>
      <button type="button" onClick={toggle}>
        {undone ? 'Show again' : 'Undo'}
      </button>
    </div>
  );
}

function ImportReportView({
  report,
}: {
  report: NonNullable<ReturnType<typeof useImportStore.getState>['report']>;
}) {
  return (
    <div className="import-report" role="status">
      {report.refused ? (
        <p className="import-refused">
          <bdi>{report.fileName}</bdi>: {report.refused}
        </p>
      ) : (
        <p>
          <bdi>{report.fileName}</bdi>
          {`: loaded ${count(report.loaded, 'figure', 'figures')}`}
          {report.rejected.length > 0 ? `; ${count(report.rejected.length, 'row', 'rows')} rejected` : ''}.
        </p>
      )}
      {report.byName && report.byName.length > 0 && <ReadByNameLine groups={report.byName} />}
      {report.encoding && <p>{`Read as ${report.encoding}.`}</p>}
      {report.notes?.map((note) => (
        <p key={note}>{note}</p>
      ))}
      {report.rejected.length > 0 && (
        <table className="data-table rejected-rows">
          <caption>Rejected rows</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {report.rejected.slice(0, 200).map((r) => (
              <tr key={`${r.line}-${r.message}`}>
                <td>{r.line}</td>
                <td>{visibleText(r.message, 300)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.rejected.length > 200 && <p>…and {report.rejected.length - 200} more.</p>}
    </div>
  );
}

/** "Read by country name: Sverige as SE (line 2); Deutschland as DE (lines 3, 5)." */
function ReadByNameLine({ groups }: { groups: readonly ReadByName[] }) {
  const rows = groups.reduce((n, g) => n + g.lines.length, 0);
  const shown = groups.slice(0, 30).map((g) => {
    const lines = g.lines.slice(0, 10).join(', ') + (g.lines.length > 10 ? ', …' : '');
    return `${visibleText(g.name, 60)} as ${g.code} (line${g.lines.length === 1 ? '' : 's'} ${lines})`;
  });
  const more = groups.length > 30 ? `; and ${count(groups.length - 30, 'more name', 'more names')}` : '';
  return (
    <p className="import-by-name">
      {count(rows, 'row', 'rows')} read by country name: {shown.join('; ')}
      {more}.
    </p>
  );
}
