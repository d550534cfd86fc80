import { Suspense, useId, useMemo, useRef, useState } from 'react';
import { CHART_KIND } from '../data/chartRegistry';
import { indicatorsForCountry, timeForChoice } from '../data/countryIndicators';
import { type ComparisonCell, type DatasetIndex, sourceLine } from '../data/derive';
import { useProfile } from '../data/queries';
import { surveyWaveLabel } from '../data/surveyWave';
import type { FigureSourcesProps } from '../share/FigureSources';
import { rememberBriefReturn } from '../state/briefReturn';
import { useViewStore } from '../state/store';
import { serializeBrief } from '../state/url';
import { ErrorInPlace } from '../ui/ErrorInPlace';
import { preloadable } from '../ui/preloadable';
import { comparisonSentence } from './comparisonSentence';
import { FigureCards } from './FigureCards';
import { latestByConcept } from './latestByConcept';
import { ProfileNarrative } from './ProfileNarrative';

/** The Sources dialog of one card's figure: its code loads on first use. */
const figureSourcesPanel = preloadable<FigureSourcesProps>(() => import('../share/FigureSources'));
const FigureSources = figureSourcesPanel.Component;

export interface ProfilePanelProps {
  index: DatasetIndex;
  code: string;
  colours: ReadonlyMap<string, string>;
  onClose: () => void;
}

/** The narrative country profile beside the chart: the latest figure per concept against its survey's
 * own average, then the story. */
export default function ProfilePanel({ index, code, colours, onClose }: ProfilePanelProps) {
  const headingId = useId();
  const country = index.countries.get(code);
  const name = country?.name ?? code;
  const profile = useProfile(code, Boolean(country?.profile));
  // The latest figure of each concept, each with its own survey and wave (own data included).
  const figures = useMemo(() => latestByConcept(index, code), [index, code]);
  const cells = useMemo(() => figures.map((f) => f.cell), [figures]);
  const labels = useMemo(() => new Map(index.dataset.indicators.map((i) => [i.id, i.shortLabel])), [index]);
  const sentence = comparisonSentence(name, cells, labels);
  const figureSources = cells.flatMap((c) => (c.sourceId ? [c.sourceId] : []));
  // "Chart Denmark against the EU average": indicators of one survey and wave with a Danish figure
  // and the survey's own average (src/data/countryIndicators.ts).
  const choice = useMemo(() => indicatorsForCountry(index, code), [index, code]);
  const [charted, setCharted] = useState('');
  const [sourcesOf, setSourcesOf] = useState<ComparisonCell | null>(null);
  const sourcesButton = useRef<HTMLButtonElement | null>(null);
  const openSources = (cell: ComparisonCell, button: HTMLButtonElement) => {
    sourcesButton.current = button;
    setSourcesOf(cell);
  };
  const closeSources = () => {
    setSourcesOf(null);
    sourcesButton.current?.focus();
  };
  const chartCountry = () => {
    const { view, setView } = useViewStore.getState();
    if (!view || !choice) return;
    // A figure with its average stays on a kind that draws only those (the gap), one without leaves it.
    const keep = choice.withAverage === CHART_KIND[view.chart].needsReference;
    setView({
      indicators: choice.indicators,
      time: timeForChoice(index, choice),
      countries: view.countries.includes(code) ? view.countries : [...view.countries, code],
      chart: keep ? view.chart : 'bars',
      rank: undefined,
    });
    const labels = choice.indicators.map((id) => index.indicators.get(id)?.shortLabel ?? id).join(', ');
    setCharted(`Charted: ${labels}.`);
  };
  return (
    <section className="profile-panel" aria-label={`${name} profile`}>
      <div className="profile-head">
        <h2 id={headingId}>{name}</h2>
        {/* A link, not a script: the brief opens in this tab or, as any link, in a new one. */}
        <a
          className="profile-brief-link"
          href={serializeBrief(code)}
          onClick={() => rememberBriefReturn(code)}
        >
          Country brief
        </a>
        <button type="button" onClick={onClose} aria-label={`Close ${name} profile`}>
          Close
        </button>
      </div>
      <section className="profile-section" aria-labelledby={`${headingId}-glance`}>
        <h3 id={`${headingId}-glance`}>At a glance</h3>
        {figures.length === 0 ? (
          <p className="profile-missing">No published figure for {name} in the sources we hold.</p>
        ) : (
          <FigureCards figures={figures} colours={colours} labels={labels} onSources={openSources} />
        )}
        {sourcesOf && (
          <ErrorInPlace failed="The sources could not be loaded" onRetry={figureSourcesPanel.warm}>
            <Suspense fallback={<span role="status">Loading the sources…</span>}>
              <FigureSources index={index} cell={sourcesOf} onClose={closeSources} />
            </Suspense>
          </ErrorInPlace>
        )}
        <p className="profile-sentence">{sentence}</p>
        <p className="profile-figure-source">{sourceLine(index, figureSources)}</p>
        {choice && (
          <p className="profile-chart">
            <button type="button" onClick={chartCountry}>
              {choice.withAverage ? `Chart ${name} against the EU average` : `Chart ${name}'s latest figures`}
            </button>
            <span className="profile-chart-hint">
              {choice.withAverage
                ? `The latest survey with both a figure for ${name} and its own average: ${surveyWaveLabel(index.surveys.get(choice.surveyId)?.shortName ?? choice.surveyId, choice.wave)}.`
                : `No survey with an EU average has a figure for ${name}; this charts ${surveyWaveLabel(index.surveys.get(choice.surveyId)?.shortName ?? choice.surveyId, choice.wave)}.`}
            </span>
            <span role="status" className="profile-chart-status">
              {charted}
            </span>
          </p>
        )}
      </section>
      {!country?.profile && (
        <p className="profile-missing">
          No narrative profile exists yet for {name}; the figures above are all we hold.
        </p>
      )}
      <ProfileNarrative profile={profile} name={name} headingId={headingId} />
    </section>
  );
}
