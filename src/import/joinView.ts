import { CHART_KIND } from '../data/chartRegistry';
import type { ImportedData } from '../data/importedData';
import type { Dataset } from '../data/schema';
import type { ViewState } from '../data/view';
import { type AddedToView, selectionWithImport } from '../state/importView';
import { useViewStore } from '../state/store';
import { type ShownImport, useImportStore } from './importStore';

/**
 * An import waiting to join the view: it joins when the merge that holds it is drawn, in the same
 * render, so the chart is drawn once, with the new data.
 */
export interface PendingJoin {
  importId: string;
  indicators: readonly { id: string; label: string }[];
  /** For each indicator and country, the first row with a value (src/import/parseImport.ts). */
  firstWithValue: readonly { country: string; indicator: string; value: number | null }[];
}

/** The imports waiting to join (this tab's; kept here, in the import's lazily loaded code, not in
 * the store of the page's first script). */
let joining: readonly PendingJoin[] = [];

/** Add data: `join` joins the view when its import's merge lands. */
export function waitToJoin(join: PendingJoin): void {
  joining = [...joining, join];
}

/**
 * An import joins the view when the merge that holds it lands (src/app/App.tsx), not when its file
 * is parsed: the chart is drawn once, with the new data and the new selection, rather than first
 * with the selection and the old data (its indicators not known yet) and again at the merge (issue
 * 26: a redraw too many after a large import). Each waiting import among the merge's `imports` is added to the
 * selection in one step (one history entry); one the merge refused joins nothing. The report's
 * "Added …" line is set in the same step. Returns the view drawn until now when the view changed
 * (the dashboard keeps drawing it until the merge's render commits), else null.
 */
export function joinLanded(
  imports: readonly ImportedData[],
  refused: readonly { data: ImportedData }[],
  base: Dataset,
): ViewState | null {
  const { report } = useImportStore.getState();
  if (joining.length === 0) return null;
  const inMerge = new Set(imports.map((d) => d.id));
  const out = new Set(refused.map((r) => r.data.id));
  const landing = joining.filter((j) => inMerge.has(j.importId));
  // Those not merged yet wait for a later merge, unless they were removed meanwhile.
  const loaded = new Set(useImportStore.getState().imports.map((d) => d.id));
  const waiting = joining.filter((j) => !inMerge.has(j.importId) && loaded.has(j.importId));
  const before = useViewStore.getState().view;
  joining = waiting;
  if (landing.length === 0 || !before) return null;
  const countries = new Map(base.countries.filter((c) => !c.aggregate).map((c) => [c.code, c.name]));
  let view = before;
  const shown = new Map<string, ShownImport>();
  const allAdded: AddedToView = { indicators: [], countries: [] };
  for (const join of landing) {
    if (out.has(join.importId)) continue;
    const { added, ...selection } = selectionWithImport(
      view,
      { indicators: join.indicators, observations: join.firstWithValue },
      (code) => countries.has(code),
    );
    if (added.indicators.length === 0 && added.countries.length === 0) continue;
    view = { ...view, ...selection };
    allAdded.indicators.push(...added.indicators);
    allAdded.countries.push(...added.countries);
    const labels = new Map(join.indicators.map((i) => [i.id, i.label]));
    shown.set(join.importId, {
      importId: join.importId,
      added,
      indicatorLabels: added.indicators.map((id) => labels.get(id) ?? id),
      countryNames: added.countries.map((code) => countries.get(code) ?? code),
      undone: false,
    });
  }
  const reported = report?.importId ? shown.get(report.importId) : undefined;
  if (report && reported) useImportStore.setState({ report: { ...report, shown: reported } });
  if (view === before) return null;
  const selection = { countries: view.countries, indicators: view.indicators };
  // Ranking and map draw `rank=` when it is set: the new indicator, put first, must be the one drawn.
  const drawsOne = CHART_KIND[before.chart].shape === 'ranked' && allAdded.indicators.length > 0;
  if (drawsOne) useViewStore.getState().setView({ ...selection, rank: undefined });
  else useViewStore.getState().setSelection(selection);
  return before;
}
