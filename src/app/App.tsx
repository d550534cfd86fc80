import { Suspense, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { BriefPageProps } from '../brief/BriefPage';
import { type DatasetIndex, indexDataset } from '../data/derive';
import type { ImportedData } from '../data/importedData';
import { isImportedIndicator } from '../data/ownIds';
import { useDataset, useProfile } from '../data/queries';
import type { Dataset } from '../data/schema';
import type { ViewState } from '../data/view';
import { useImportStore } from '../import/importStore';
import { catalogOf } from '../state/catalog';
import { parseBrief } from '../state/url';
import { useUrlSync } from '../state/useUrlSync';
import { ErrorInPlace } from '../ui/ErrorInPlace';
import { preloadable } from '../ui/preloadable';
import { whenIdle } from '../ui/whenIdle';
import { Dashboard } from './Dashboard';
import { DataError } from './DataError';
import { Loading } from './Loading';

/** `?brief=CC`: the printable country brief, instead of the dashboard (its code loads only then;
 * the boot awaits it on such a link, src/app/main.tsx). */
export const briefPage = preloadable<BriefPageProps>(() => import('../brief/BriefPage'));

const indexes = new WeakMap<Dataset, DatasetIndex>();

/** The index of a dataset, built once per dataset object (boot and the first render share it). */
export function indexOf(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = indexDataset(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

/** Whether a query string names the analyst's own indicators, which only IndexedDB can supply. */
export function linkNamesOwnData(search: string): boolean {
  const indicators = new URLSearchParams(search).get('indicators') ?? '';
  return indicators.split(',').some((id) => isImportedIndicator(id.trim().toLowerCase()));
}

/** Whether data from the link holds every own indicator the query names (then IndexedDB need not be awaited). */
function linkHoldsOwnData(search: string, linked: readonly ImportedData[]): boolean {
  const ids = new Set(linked.flatMap((d) => d.indicators.map((i) => i.id)));
  const named = (new URLSearchParams(search).get('indicators') ?? '')
    .split(',')
    .map((id) => id.trim().toLowerCase());
  return linked.length > 0 && named.filter(isImportedIndicator).every((id) => ids.has(id));
}

/** Read once: a link to own data waits for IndexedDB before it opens (else its indicators would be dropped). */
const waitForOwnData = typeof window !== 'undefined' && linkNamesOwnData(window.location.search);
/** Read once: a link carrying own data in its fragment waits for it to be decoded. */
const waitForLinkedData = typeof window !== 'undefined' && window.location.hash.startsWith('#data=');

export function App() {
  const dataset = useDataset();
  const importsReady = useImportStore((s) => s.ready);
  const imports = useImportStore((s) => s.imports);
  const linked = useImportStore((s) => s.linked);
  const linkReady = useImportStore((s) => s.linkReady);
  useEffect(() => {
    // Stored own data is read when the browser is idle (its code is not among the scripts that
    // stand before the first interaction), at once when the link names it.
    const hydrate = () => void useImportStore.getState().hydrate();
    if (waitForOwnData) hydrate();
    else whenIdle(hydrate);
  }, []);
  useEffect(() => {
    // A link with #data= carries own data; its codec loads only then (src/share/linkedData.ts).
    if (dataset.data && !useImportStore.getState().linkReady)
      void import('../share/linkedData').then((m) => m.loadLinkedData(dataset.data, window.location.hash));
  }, [dataset.data]);
  const own = useMemo(() => [...imports, ...linked], [imports, linked]);
  const { merged, pending, heldView } = useMergedImports(dataset.data, own);
  // The built-in data draws at once; own data (IndexedDB, or #data= in the link) merges in when it
  // arrives. Only a link that names own indicators, or carries them, waits for them.
  // Once open, the dashboard stays open while a later merge runs (another tab's change, a file
  // added): the last merge stays drawn until the new one is ready.
  const opened = useRef(false);
  const ready =
    opened.current ||
    (((importsReady && !pending) || !waitForOwnData || linkHoldsOwnData(window.location.search, linked)) &&
      (linkReady || !waitForLinkedData) &&
      !(pending && linked.length > 0));
  const index = useMemo(() => (merged && ready ? indexOf(merged) : null), [merged, ready]);
  if (index) opened.current = true;
  const catalog = useMemo(() => (index ? catalogOf(index) : null), [index]);
  // Read from the address the page opened with: the brief's links are real page loads.
  const brief = useMemo(
    () =>
      catalog && typeof window !== 'undefined' ? parseBrief(window.location.search, catalog).code : null,
    [catalog],
  );
  useUrlSync(brief ? null : catalog, linked.length > 0, (hash) => {
    if (dataset.data) void import('../share/linkedData').then((m) => m.loadLinkedData(dataset.data, hash));
  });
  // The brief's profile is asked for here, in the initial script, which holds the query code: asked
  // for from the brief's own chunk, the bundler split the query code out of it (+1.4 KB gzip).
  const briefProfile = useProfile(brief, Boolean(brief && index?.countries.get(brief)?.profile));
  if (dataset.isError)
    return <DataError error={dataset.error} retry={() => dataset.refetch()} retrying={dataset.isFetching} />;
  if (!index || !dataset.data) return <Loading />;
  if (brief)
    return (
      <ErrorInPlace failed="The country brief could not be loaded" onRetry={briefPage.warm}>
        <Suspense fallback={<Loading />}>
          {/* Published figures only: a brief is sent on, and the analyst's own data stays theirs. */}
          <briefPage.Component index={indexOf(dataset.data)} code={brief} profile={briefProfile} />
        </Suspense>
      </ErrorInPlace>
    );
  return <Dashboard index={index} base={dataset.data} heldView={heldView} />;
}

interface Merge {
  base: Dataset;
  imports: readonly ImportedData[];
  merged: Dataset;
}

/**
 * The dataset with the analyst's own data merged in. The merge (and its validation) loads only when
 * there is own data; until a new merge is ready, the last one stays, so no own indicator leaves the
 * catalog (and the view) for a moment. A new import joins the view as its merge lands
 * (src/import/joinView.ts): the view store changes at once, and `heldView`, the view drawn until
 * then, is drawn until the merge's render commits, so the chart is drawn once, with both.
 */
function useMergedImports(
  base: Dataset | undefined,
  imports: readonly ImportedData[],
): { merged: Dataset | null; pending: boolean; heldView: ViewState | null } {
  const [last, setLast] = useState<Merge | null>(null);
  const [heldView, setHeldView] = useState<ViewState | null>(null);
  useEffect(() => {
    if (!base || imports.length === 0) return;
    let live = true;
    // Never throws, never leaves the page waiting: an import that does not merge is set aside and named.
    import('../import/runImport')
      .then(async ({ mergeOffThread, joinLanded }) => {
        const { merged, refused, index, prepare } = await mergeOffThread(base, imports);
        if (!live) return;
        // Built in slices (indexOf finds it): in one go it was the longest task after a large import.
        indexes.set(merged, index);
        // The view store's change (a sync render) draws the view before it until the transition.
        const before = joinLanded(imports, refused, base);
        if (before) setHeldView(before);
        // And the slow parts of its model, in slices too (the render below finds them built).
        await prepare();
        // A transition: React renders the charts of a large import in slices, the page answering
        // input between them (the last merge stays drawn until then).
        startTransition(() => {
          setLast({ base, imports, merged });
          setHeldView(null);
        });
        if (refused.length > 0) void useImportStore.getState().setAsideImports(refused);
      })
      .catch((error: Error) => {
        if (!live) return;
        setLast({ base, imports, merged: base });
        useImportStore.setState({ storageProblem: { kind: 'load', detail: error.message } });
      });
    return () => {
      live = false;
    };
  }, [base, imports]);
  if (!base) return { merged: null, pending: false, heldView };
  if (imports.length === 0) return { merged: base, pending: false, heldView };
  const current = last?.base === base && last.imports === imports;
  return { merged: last && last.base === base ? last.merged : base, pending: !current, heldView };
}
