import { lazy, Suspense } from 'react';
import type { ImportedData } from '../data/importedData';
import { embedHeight, embedSnippet } from './embed';

const LinkWithData = lazy(() => import('./LinkWithData'));

/** The contents of the Share menu (ShareMenu.tsx): link, link with the reader's data, embed code. */
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
      {ownData && (
        <Suspense fallback={<p role="status">Preparing the link with your data…</p>}>
          <LinkWithData imports={ownData.imports} indicators={ownData.indicators} link={link} />
        </Suspense>
      )}
      <label>
        Embed code (iframe)
        <textarea
          readOnly
          rows={4}
          value={embedSnippet(link, { title, height: embedHeight(height) })}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </>
  );
}
