import type { BriefPublication } from './briefSources';

const safeHref = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** Every publication behind a figure of the brief, with the place of each figure in it. Text only. */
export function BriefSourcesList({ publications }: { publications: readonly BriefPublication[] }) {
  if (publications.length === 0) return <p>No figure is shown, so no publication is named.</p>;
  return (
    <ol className="brief-sources">
      {publications.map(({ source, places }) => {
        const name = `${source.publisher}, ${source.title} (${source.year ?? 'undated'})`;
        const href = safeHref(source.url);
        return (
          <li key={source.id}>
            {href ? <a href={href}>{name}</a> : name}
            <ul>
              {places.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
