import { memo, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { ChartView } from '../charts/ChartView';
import { viewColours } from '../charts/shared/palette';
import { conceptsOf, coverageOf } from '../data/coverage';
import type { DatasetIndex } from '../data/derive';
import { viewPageTitle } from '../data/pageTitle';
import type { Dataset } from '../data/schema';
import type { ViewState } from '../data/view';
import { rankedIndicator } from '../data/view';
import { buildViewModel, shareUnchanged, type ViewModel } from '../data/viewModel';
import { ExportSizeSelect } from '../export/ExportSizeSelect';
import { ExportToolbar } from '../export/ExportToolbar';
import { AddData } from '../import/AddData';
import { isImportedIndicator } from '../import/ownIds';
import { shortSourceLine } from '../share/shortSource';
import { fragmentPayload } from '../state/fragmentHash';
import { useView, useViewStore } from '../state/store';
import { serializeView } from '../state/url';
import { ChartTabs } from '../ui/ChartTabs';
import { ErrorInPlace } from '../ui/ErrorInPlace';
import { IndicatorChoice } from '../ui/IndicatorChoice';
import { indicatorOptions as pickerIndicatorOptions } from '../ui/indicatorOptions';
import { MultiPicker } from '../ui/MultiPicker';
import { ProfileSelect } from '../ui/ProfileSelect';
import { withCoverage } from '../ui/pickerCoverage';
import { preloadable } from '../ui/preloadable';
import { YearPicker } from '../ui/YearPicker';
import { AppHeader } from './AppHeader';
import { Notices } from './Notices';

/** The `#data=` of the page, carried by the embed's link to the full view (the reader's own rows). */
const linkFragment = () =>
  typeof window !== 'undefined' && fragmentPayload(window.location.hash) !== null ? window.location.hash : '';

// Loaded after the first chart paints: it is not needed to read the chart, and it keeps the
// initial script small (performance budget). Export and import load their code on first use.
// Memoized, as the pickers and tabs below: a change of chart or selection re-renders only what
// it changes, not the long profile text or the 29-option controls.
const profilePanel = preloadable(
  () => import('../profiles/ProfilePanel'),
  (m) => memo(m.default),
);
const ProfilePanel = profilePanel.Component;
const Picker = memo(MultiPicker);
const Profiles = memo(ProfileSelect);
const Tabs = memo(ChartTabs);
const AddDataButton = memo(AddData);

const COUNTRIES = { one: 'country', many: 'countries' };
const INDICATORS = { one: 'indicator', many: 'indicators' };
const CONCEPTS = { one: 'topic', many: 'topics' };
const COUNTRIES_NOTE = 'Each country: how many of the selected indicators have a figure for it, in any year.';
const COUNTRIES_NOTE_SURVEYS =
  'Each country: for how many of the topics drawn (computer use, electronic records …) any survey has a figure for it, in any year.';
const INDICATORS_NOTE =
  'Each indicator: for how many of the selected countries it has a figure, in any year.';

/**
 * The view model of the view, rebuilt when the view changes; the lists that came out the same as the
 * last model's are that model's lists (shareUnchanged), so the charts' memos hold across the change.
 */
function useViewModel(index: DatasetIndex, view: ViewState | null): ViewModel | null {
  const last = useRef<ViewModel | null>(null);
  return useMemo(() => {
    if (!view) return null;
    const model = shareUnchanged(last.current, buildViewModel(index, view));
    last.current = model;
    return model;
  }, [index, view]);
}

export function Dashboard({ index, base }: { index: DatasetIndex; base: Dataset }) {
  const view = useView((s) => s.view);
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
  const countryOptions = useMemo(
    () =>
      index.dataset.countries
        .filter((c) => !c.aggregate)
        .map((c) => ({ value: c.code, label: c.name, hint: c.epsos ? `${c.code} · epSOS` : c.code })),
    [index],
  );
  const epsos = useMemo(() => index.dataset.countries.filter((c) => c.epsos).map((c) => c.code), [index]);
  const indicatorOptions = useMemo(() => pickerIndicatorOptions(index, isImportedIndicator), [index]);
  // Each option counts its figures for the other picker's selection (src/data/coverage.ts).
  // All surveys draws every survey of the selected indicators' concepts: a country counts those.
  const bySurveys = view?.chart === 'surveys';
  const countriesWithCoverage = useMemo(
    () =>
      bySurveys
        ? withCoverage(
            countryOptions,
            coverageOf(index).conceptsByCountry,
            conceptsOf(index, view?.indicators ?? []),
            CONCEPTS,
          )
        : withCoverage(countryOptions, coverageOf(index).byCountry, view?.indicators ?? [], INDICATORS),
    [index, countryOptions, view?.indicators, bySurveys],
  );
  const indicatorsWithCoverage = useMemo(
    () => withCoverage(indicatorOptions, coverageOf(index).byIndicator, view?.countries ?? [], COUNTRIES),
    [index, indicatorOptions, view?.countries],
  );
  const presets = useMemo(() => [{ label: 'The 12 epSOS countries', values: epsos }], [epsos]);
  const closeProfile = useCallback(() => useViewStore.getState().openProfile(null), []);
  if (!view || !model) return null;
  if (view.embed) {
    return (
      <main className="embed">
        <ChartView
          index={index}
          model={model}
          colours={colours}
          openProfile={actions.openProfile}
          toggleCountry={actions.toggleCountry}
        />
        <p className="embed-source">{shortSourceLine(model)}</p>
        {model.indicators.some((i) => isImportedIndicator(i.id)) && (
          <p className="embed-own">
            Includes the reader's own data (from the link or this browser), not figures published by epSOS
            Indicators.
          </p>
        )}
        <p className="embed-link">
          <a
            href={`${serializeView({ ...view, embed: false })}${linkFragment()}`}
            target="_blank"
            rel="noopener"
          >
            Open in epSOS Indicators (the full view, with sources and data)
          </a>
        </p>
      </main>
    );
  }
  return (
    <div className="app">
      <AppHeader />
      <main>
        <Notices />
        <div className="toolbar">
          <Picker
            label="Countries"
            options={countriesWithCoverage}
            selected={view.countries}
            onChange={actions.setCountries}
            presets={presets}
            note={
              view.indicators.length === 0 ? undefined : bySurveys ? COUNTRIES_NOTE_SURVEYS : COUNTRIES_NOTE
            }
          />
          <Picker
            label="Indicators"
            options={indicatorsWithCoverage}
            selected={view.indicators}
            onChange={actions.setIndicators}
            note={view.countries.length > 0 ? INDICATORS_NOTE : undefined}
          />
          <Profiles index={index} value={view.profile} onChange={actions.openProfile} />
          <AddDataButton base={base} />
          <ExportToolbar index={index} model={model} colours={colours} />
        </div>
        <div className="chart-controls">
          <Tabs chart={view.chart} onChange={actions.setChart} />
          {(view.chart === 'ranking' || view.chart === 'map') && (
            <IndicatorChoice
              label={view.chart === 'map' ? 'Indicator mapped' : 'Indicator ranked'}
              value={rankedIndicator(view) ?? ''}
              options={view.indicators.map((id) => ({
                value: id,
                label: index.indicators.get(id)?.shortLabel ?? id,
              }))}
              onChange={actions.setRank}
            />
          )}
          <ExportSizeSelect />
          <YearPicker
            value={view.time}
            waves={model.waves}
            disabledReason={
              view.chart === 'time' || view.chart === 'surveys'
                ? `${view.chart === 'time' ? 'Over time' : 'All surveys'} shows every wave; the year applies again on the other chart types.`
                : null
            }
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
            <ChartView
              index={index}
              model={model}
              colours={colours}
              openProfile={actions.openProfile}
              toggleCountry={actions.toggleCountry}
            />
          </section>
          {view.profile && (
            <ErrorInPlace failed="The profile could not be loaded" onRetry={profilePanel.warm}>
              <Suspense
                fallback={
                  <section
                    className="profile-panel"
                    aria-label={`${index.countries.get(view.profile)?.name ?? view.profile} profile`}
                  >
                    <p role="status">Loading the profile…</p>
                  </section>
                }
              >
                <ProfilePanel index={index} code={view.profile} colours={colours} onClose={closeProfile} />
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
