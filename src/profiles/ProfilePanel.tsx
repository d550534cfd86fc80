import { useId, useMemo } from 'react';
import { type DatasetIndex, sourceLine } from '../data/derive';
import { useProfile } from '../data/queries';
import { serializeBrief } from '../state/url';
import { comparisonSentence } from './comparisonSentence';
import { FigureCards } from './FigureCards';
import { latestByConcept } from './latestByConcept';
import { ProfileSections } from './ProfileContent';

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
  return (
    <section className="profile-panel" aria-label={`${name} profile`}>
      <div className="profile-head">
        <h2 id={headingId}>{name}</h2>
        {/* A link, not a script: the brief opens in this tab or, as any link, in a new one. */}
        <a className="profile-brief-link" href={serializeBrief(code)}>
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
          <FigureCards figures={figures} colours={colours} labels={labels} />
        )}
        <p className="profile-sentence">{sentence}</p>
        <p className="profile-figure-source">{sourceLine(index, figureSources)}</p>
      </section>
      {!country?.profile && (
        <p className="profile-missing">
          No narrative profile exists yet for {name}; the figures above are all we hold.
        </p>
      )}
      {profile.isLoading && <p role="status">Loading the profile…</p>}
      {profile.isError && (
        <div role="alert" className="error-box">
          <p>
            The narrative profile of {name} could not be loaded: {profile.error.message}
          </p>
          <button type="button" onClick={() => profile.refetch()}>
            Retry
          </button>
        </div>
      )}
      {profile.data && <ProfileSections sections={profile.data.sections} headingId={headingId} />}
    </section>
  );
}
