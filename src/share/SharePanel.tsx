import { lazy, Suspense } from 'react';
import type { ImportedData } from '../data/importedData';
import { EmbedCode } from './EmbedCode';

const LinkWithData = lazy(() => import('./LinkWithData'));

/** The contents of the Share menu (ShareMenu.tsx): link, link with the reader's data, embed code (with it). */
export default function SharePanel({
  link,
  title,
  ownData,
  height,
  onClose,
}: {
  link: string;
  title: string;
  ownData: { imports: readonly ImportedData[]; indicators: readonly string[] } | null;
  /** The chart figure's height on screen when the menu opened, for the embed snippet. */
  height: number | null;
  onClose: () => void;
}) {
  return (
    <>
      <label>
        Link to this view
        <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      {ownData ? (
        // With own data, the embed code comes with the link that carries it (or says it cannot).
        <Suspense fallback={<p role="status">Preparing the link with your data…</p>}>
          <LinkWithData
            imports={ownData.imports}
            indicators={ownData.indicators}
            link={link}
            title={title}
            height={height}
          />
        </Suspense>
      ) : (
        <EmbedCode link={link} title={title} height={height} />
      )}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </>
  );
}
