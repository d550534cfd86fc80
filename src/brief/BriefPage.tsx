import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useId, useMemo } from 'react';
import type { DatasetIndex } from '../data/derive';
import { briefPageTitle } from '../data/pageTitle';
import type { Profile } from '../data/profileSchema';
import { defaultView } from '../data/view';
import { comparisonSentence } from '../profiles/comparisonSentence';
import { ProfileNarrative } from '../profiles/ProfileNarrative';
import { accessDate } from '../share/citation';
import { briefReturn } from '../state/briefReturn';
import { catalogOf } from '../state/catalog';
import { serializeBrief, serializeView } from '../state/url';
import { ScrollRegion } from '../ui/ScrollRegion';
import { BriefChart } from './BriefChart';
import { BriefSourcesList } from './BriefSourcesList';
import { briefChartGroups } from './briefChartRows';
import { briefSources } from './briefSources';
import { GlanceTable } from './GlanceTable';
import { glanceRows } from './glanceRows';
import { briefPageStyle } from './pageStyle';

export interface BriefPageProps {
  index: DatasetIndex;
  code: string;
  /** The country's narrative profile, as useProfile gives it (asked for by App). */
  profile: UseQueryResult<Profile>;
}

/** "3 December 2026" from the dataset's build date, or null when the file does not carry one. */
function builtOn(generated: string | undefined): string | null {
  const date = generated ? new Date(`${generated}T00:00:00Z`) : null;
  return date && !Number.isNaN(date.getTime()) ? accessDate(date) : null;
}

/**
 * The printable brief of one country (`?brief=CC`): name and build date, At a glance, the compact
 * chart, the narrative profile, the sources and How to cite, on one or two A4 pages (styles.css,
 * "Country brief"; the page and its footer: pageStyle.ts). Only the toolbar is interactive.
 */
export default function BriefPage({ index, code, profile }: BriefPageProps) {
  const id = useId();
  const country = index.countries.get(code);
  const name = country?.name ?? code;
  const hasProfile = Boolean(country?.profile);
  const link = `${window.location.origin}${window.location.pathname}${serializeBrief(code)}`;
  // The view the reader came from, else the dashboard with this country's profile.
  const dashboard = useMemo(
    () => briefReturn(code) ?? serializeView({ ...defaultView(catalogOf(index)), profile: code }),
    [index, code],
  );
  const rows = useMemo(() => glanceRows(index, code), [index, code]);
  const groups = useMemo(() => briefChartGroups(index, code), [index, code]);
  const sources = useMemo(() => {
    const cells = [...rows.map((r) => r.cell), ...groups.flatMap((g) => g.rows.map((x) => x.cell))];
    return briefSources(index, `${name}: country brief`, cells, link, new Date());
  }, [index, name, rows, groups, link]);
  useEffect(() => {
    const previous = document.title;
    document.title = briefPageTitle(name);
    // One link form: `?brief=fr`, `?brief=EL` … are written as `?brief=FR`, `?brief=GR`.
    if (window.location.search !== serializeBrief(code))
      window.history.replaceState(null, '', `${window.location.pathname}${serializeBrief(code)}`);
    return () => {
      document.title = previous;
    };
  }, [name, code]);
  const labels = new Map(index.dataset.indicators.map((i) => [i.id, i.shortLabel]));
  const built = builtOn(index.dataset.built);
  return (
    <div className="brief">
      <style>{briefPageStyle(name, link)}</style>
      <nav className="brief-toolbar" aria-label="Brief">
        <a href={dashboard}>
          <span aria-hidden="true">← </span>Back to the dashboard
        </a>
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </nav>
      <main className="brief-page">
        <header className="brief-head">
          <h1>{name}</h1>
          <p>
            Country brief · epSOS Indicators
            {built ? `, edition of ${built}` : ''} · each figure with its own survey year
          </p>
        </header>
        <section className="brief-section" aria-labelledby={`${id}-brief-glance`}>
          <h2 id={`${id}-brief-glance`}>At a glance</h2>
          {rows.length === 0 ? (
            <p>No published figure for {name} in the sources we hold.</p>
          ) : (
            <ScrollRegion className="brief-table-wrap" label={`${name} at a glance, table`}>
              <GlanceTable rows={rows} countryName={name} />
            </ScrollRegion>
          )}
          <p className="brief-sentence">
            {comparisonSentence(
              name,
              rows.map((r) => r.cell),
              labels,
            )}
          </p>
        </section>
        <section className="brief-section" aria-labelledby={`${id}-brief-chart`}>
          <h2 id={`${id}-brief-chart`}>Computer use, Internet access and electronic records, by survey</h2>
          <figure className="brief-figure">
            <ScrollRegion
              className="brief-figure-scroll"
              label={`${name} against each survey's average, chart`}
            >
              <BriefChart groups={groups} countryName={name} surveys={index.dataset.surveys} />
            </ScrollRegion>
          </figure>
        </section>
        <section className="brief-section brief-profile" aria-labelledby={`${id}-brief-profile`}>
          <h2 id={`${id}-brief-profile`}>Profile</h2>
          {!hasProfile && (
            <p className="brief-no-profile">
              No narrative profile was written for {name}; the figures are all we hold.
            </p>
          )}
          <ProfileNarrative profile={profile} name={name} headingId={id} />
        </section>
        <section className="brief-section" aria-labelledby={`${id}-brief-sources`}>
          <h2 id={`${id}-brief-sources`}>Sources of the figures</h2>
          <p className="brief-note">
            Each figure and average with the publication it is shown from, and the place in it; other
            publications that print the same figure are named in the dashboard's Sources.
          </p>
          <BriefSourcesList publications={sources.publications} />
        </section>
        <section className="brief-section brief-cite" aria-labelledby={`${id}-brief-cite`}>
          <h2 id={`${id}-brief-cite`}>How to cite</h2>
          <p>{sources.content.citation}</p>
          <p>
            Link to this brief: <a href={link}>{link}</a>
          </p>
        </section>
      </main>
    </div>
  );
}
