import { type DragEvent, useState } from 'react';
import type { Dataset } from '../data/schema';
import {
  MAX_INDICATORS_JOINING,
  selectionWithAdded,
  selectionWithImport,
  selectionWithoutAdded,
} from '../state/importView';
import { useViewStore } from '../state/store';
import { visibleText } from '../state/url';
import { type ShownImport, useImportStore } from './importStore';
import type { ImportedData } from './parseImport';
import { readImportFile, runImport } from './runImport';

/**
 * The selection with an import's indicators and countries added, applied in one step (one history
 * entry); what was added, with its names, for the report's line and its Undo. Null when nothing is new.
 */
function showInView(data: ImportedData, base: Dataset): ShownImport | null {
  const view = useViewStore.getState().view;
  if (!view) return null;
  const countries = new Map(base.countries.filter((c) => !c.aggregate).map((c) => [c.code, c.name]));
  const { added, ...selection } = selectionWithImport(view, data, (code) => countries.has(code));
  if (added.indicators.length === 0 && added.countries.length === 0) return null;
  // Ranking and map draw `rank=` when it is set: the new indicator, put first, must be the one drawn.
  const drawsOne = (view.chart === 'ranking' || view.chart === 'map') && added.indicators.length > 0;
  if (drawsOne) useViewStore.getState().setView({ ...selection, rank: undefined });
  else useViewStore.getState().setSelection(selection);
  const labels = new Map(data.indicators.map((i) => [i.id, i.label]));
  return {
    importId: data.id,
    added,
    indicatorLabels: added.indicators.map((id) => labels.get(id) ?? id),
    countryNames: added.countries.map((code) => countries.get(code) ?? code),
    undone: false,
  };
}

/**
 * The "Add data" panel (loaded when first opened): pick, drop or paste a CSV of your own figures.
 * Shows what loaded and a table of the rejected rows with line numbers and reasons; lists imported
 * files with Remove.
 */
export default function AddDataPanel({ base, id }: { base: Dataset; id: string }) {
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const { imports, report, add, remove, storageProblem } = useImportStore();

  const load = async (text: string, fileName: string) => {
    setBusy(true);
    try {
      const result = await runImport(text, fileName, base);
      // The import and the view change land in one render: the chart draws the new figures at once.
      const shown = result.data ? showInView(result.data, base) : null;
      await add(result.data, {
        fileName,
        loaded: result.data?.observations.length ?? 0,
        rejected: result.rejected,
        refused: result.refused,
        shown,
      });
    } finally {
      setBusy(false);
    }
  };
  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await readImportFile(file);
    if (typeof text === 'string') await load(text, file.name);
    else await add(null, { fileName: file.name, loaded: 0, rejected: [], refused: text.refused });
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    void loadFile(event.dataTransfer.files[0]);
  };

  return (
    <section className="add-data-panel" id={id} aria-label="Add your own data">
      <p>
        A CSV with columns <code>country, indicator, year, value</code> (optional{' '}
        <code>source, note, label</code>); values in percent; <code>;</code> separators and decimal commas are
        fine.{' '}
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
      {report && <ImportReportView report={report} />}
      {report?.shown && <ShownInView shown={report.shown} />}
      {imports.length > 0 && (
        <ul className="import-list" aria-label="Your imported files">
          {imports.map((i) => (
            <li key={i.id}>
              {i.fileName}: {i.observations.length} figures, {i.indicators.map((x) => x.label).join(', ')}{' '}
              <button type="button" onClick={() => void remove(i.id)} aria-label={`Remove ${i.fileName}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Added 1 indicator to the view: …", with Undo (the import stays), then Show again. */
function ShownInView({ shown }: { shown: ShownImport }) {
  const { added, indicatorLabels, countryNames, undone } = shown;
  const counts = [
    indicatorLabels.length > 0 && plural(indicatorLabels.length, 'indicator', 'indicators'),
    countryNames.length > 0 && plural(countryNames.length, 'country', 'countries'),
  ].filter(Boolean);
  const names = [indicatorLabels.join(', '), countryNames.join(', ')].filter((n) => n !== '');
  const rest = added.notShown ?? 0;
  const text = `Added ${counts.join(' and ')} to the view: ${names.join('; ')}.${
    rest > 0
      ? ` The other ${plural(rest, 'indicator', 'indicators')} of the file ${rest === 1 ? 'is' : 'are'} in the Indicators picker: a chart shows ${MAX_INDICATORS_JOINING} at once best.`
      : ''
  }`;
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
          {report.fileName}: {report.refused}
        </p>
      ) : (
        <p>
          {report.fileName}: loaded {report.loaded} figure{report.loaded === 1 ? '' : 's'}
          {report.rejected.length > 0
            ? `; ${report.rejected.length} row${report.rejected.length === 1 ? '' : 's'} rejected`
            : ''}
          .
        </p>
      )}
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
