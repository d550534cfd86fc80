import { memo, Suspense, useCallback, useEffect, useMemo } from 'react';
import { ChartView } from '../charts/ChartView';
import { viewColours } from '../charts/shared/palette';
import { CHART_KIND } from '../data/chartRegistry';
import type { DatasetIndex } from '../data/derive';
import { viewPageTitle } from '../data/pageTitle';
import type { Dataset } from '../data/schema';
import { rankedIndicator, type ViewState } from '../data/view';
import { ExportSizeSelect } from '../export/ExportSizeSelect';
import { ValueLabelsCheckbox } from '../export/ValueLabelsCheckbox';
import { AddData } from '../import/AddData';
import { SourcesButton } from '../share/SourcesButton';
import { useView, useViewStore } from '../state/store';
import { ChartTabs } from '../ui/ChartTabs';
import { ErrorInPlace } from '../ui/ErrorInPlace';
import { IndicatorChoice } from '../ui/IndicatorChoice';
import { MultiPicker, type PickerList } from '../ui/MultiPicker';
import { ProfileSelect } from '../ui/ProfileSelect';
import { preloadable } from '../ui/preloadable';
import { YearPicker } from '../ui/YearPicker';
import { AppHeader } from './AppHeader';
import { useDeferredPartsReleased } from './boot/deferredParts';
import { canonicalLink, ExportToolbar } from './ExportToolbar';
import { Notices } from './Notices';
import { useViewModel } from './useViewModel';

// Loaded after the page is interactive: it is not needed to read the chart, and it keeps the
// initial script small (performance budget; src/app/boot/deferredParts.ts). Export and import load
// their code on first use.
// Memoized, as the pickers and tabs below: a change of chart or selection re-renders only what
// it changes, not the long profile text or the 29-option controls.
const profilePanel = preloadable(
  () => import('../profiles/ProfilePanel'),
  (m) => memo(m.default),
);
const ProfilePanel = profilePanel.Component;
/** `embed=1`: the chart alone, for an iframe; its code loads only then (the boot awaits it on such a
 * link, src/app/main.tsx, and the boot script fetches it ahead). */
export const embeddedView = preloadable(
  () => import('./EmbeddedView'),
  (m) => m.EmbeddedView,
);
const EmbeddedView = embeddedView.Component;
const Picker = memo(MultiPicker);
const Profiles = memo(ProfileSelect);
const Tabs = memo(ChartTabs);
const AddDataButton = memo(AddData);

/**
 * The page: the controls, the chart of the view and the profile panel; or the chart alone, embedded.
 * `heldView`: the view to draw instead of the store's until a merge's render commits (src/app/App.tsx).
 */
export function Dashboard({
  index,
  base,
  heldView,
}: {
  index: DatasetIndex;
  base: Dataset;
  heldView?: ViewState | null;
}) {
  const storeView = useView((s) => s.view);
  const view = heldView ?? storeView;
  const actions = useViewStore.getState();
  const colours = useMemo(
    () =>
      viewColours(
        view?.indicators ?? [],
        index.dataset.indicators.map((i) => i.id),
      ),
    [index, view?.indicators],
  );
  const model = useViewModel(index, view);
  // The tab names the view, as the edge's <title> does (src/app/edge/linkText.ts).
  const title = model?.title;
  useEffect(() => {
    if (title) document.title = viewPageTitle(title);
  }, [title]);
  // An embedded view tells the page that frames it its height (src/share/embedResize.ts).
  const embed = Boolean(view?.embed);
  useEffect(() => {
    if (embed) void import('../share/embedResize').then((m) => m.reportEmbedHeight());
  }, [embed]);
  // The pickers' options, with their coverage counts, are made by their panels as they open.
  const bySurveys = view ? CHART_KIND[view.chart].shape === 'surveys' : false;
  const countries = useMemo(
    (): PickerList => ({
      of: 'countries',
      index,
      total: index.dataset.countries.filter((c) => !c.aggregate).length,
      indicators: view?.indicators ?? [],
      bySurveys,
    }),
    [index, view?.indicators, bySurveys],
  );
  const indicators = useMemo(
    (): PickerList => ({
      of: 'indicators',
      index,
      total: index.dataset.indicators.length,
      countries: view?.countries ?? [],
    }),
    [index, view?.countries],
  );
  const presets = useMemo(
    () => [
      {
        label: 'The 12 epSOS countries',
        values: index.dataset.countries.filter((c) => c.epsos).map((c) => c.code),
      },
    ],
    [index],
  );
  const closeProfile = useCallback(() => useViewStore.getState().openProfile(null), []);
  const panelMayLoad = useDeferredPartsReleased();
  if (!view || !model) return null;
  const kind = CHART_KIND[view.chart];
  const profileLoading = view.profile && (
    <ProfileLoading name={index.countries.get(view.profile)?.name ?? view.profile} />
  );
  const chartView = (titleLevel?: 1) => (
    <ChartView
      {...(titleLevel ? { titleLevel } : {})}
      index={index}
      model={model}
      colours={colours}
      openProfile={actions.openProfile}
      toggleCountry={actions.toggleCountry}
    />
  );
  // Embedded, the chart's title is the page's heading (h1).
  if (view.embed)
    return (
      <ErrorInPlace failed="The embedded view could not be loaded" onRetry={embeddedView.warm}>
        <Suspense
          fallback={
            <main className="embed">
              <p role="status">Loading…</p>
            </main>
          }
        >
          <EmbeddedView view={view} model={model} chart={chartView(1)} />
        </Suspense>
      </ErrorInPlace>
    );
  return (
    <div className="app">
      <AppHeader />
      <main>
        <Notices />
        <div className="toolbar">
          <Picker
            label="Countries"
            options={countries}
            selected={view.countries}
            onChange={actions.setCountries}
            presets={presets}
          />
          <Picker
            label="Indicators"
            options={indicators}
            selected={view.indicators}
            onChange={actions.setIndicators}
          />
          <Profiles index={index} value={view.profile} onChange={actions.openProfile} />
          <AddDataButton base={base} />
          <ExportToolbar index={index} model={model} colours={colours} />
        </div>
        <div className="chart-controls">
          <Tabs chart={view.chart} onChange={actions.setChart} />
          {kind.indicatorChoice && (
            <IndicatorChoice
              label={kind.indicatorChoice}
              value={rankedIndicator(view) ?? ''}
              options={view.indicators.map((id) => ({
                value: id,
                label: index.indicators.get(id)?.shortLabel ?? id,
              }))}
              onChange={actions.setRank}
            />
          )}
          {['surveys', 'time', 'scatter', 'map'].includes(view.chart) && (
            <ValueLabelsCheckbox checked={view.labels === true} />
          )}
          <ExportSizeSelect />
          <YearPicker
            value={view.time}
            waves={model.waves}
            disabledReason={kind.everyWave ? `${kind.label} shows every wave.` : null}
            onChange={actions.setTime}
          />
        </div>
        <div className="workspace">
          <section
            id="chart-panel"
            role="tabpanel"
            aria-labelledby={`tab-${view.chart}`}
            className="chart-panel"
          >
            {chartView()}
            <p className="chart-sources">
              <SourcesButton index={index} model={model} link={canonicalLink(view)} />
            </p>
          </section>
          {view.profile && (
            <ErrorInPlace failed="The profile could not be loaded" onRetry={profilePanel.warm}>
              <Suspense fallback={profileLoading}>
                {panelMayLoad ? (
                  <ProfilePanel index={index} code={view.profile} colours={colours} onClose={closeProfile} />
                ) : (
                  profileLoading
                )}
              </Suspense>
            </ErrorInPlace>
          )}
        </div>
      </main>
      <footer className="app-footer">
        <p>
          Figures as published by their sources; a missing value is shown as “no data”, never estimated.
          Profiles are our own summaries of the sources they list.
        </p>
      </footer>
    </div>
  );
}

/** The profile panel's place while its code loads. */
function ProfileLoading({ name }: { name: string }) {
  return (
    <section className="profile-panel" aria-label={`${name} profile`}>
      <p role="status">Loading the profile…</p>
    </section>
  );
}
