import { lazy, Suspense, useState } from 'react';
import { EmbedCode } from './EmbedCode';
import { useOwnData } from './ownData';

const LinkWithData = lazy(() => import('./LinkWithData'));

/** The height of the chart figure on screen, for the embed snippet; null when there is none. */
function chartFigureHeight(): number | null {
  const figure = document.querySelector('#chart-panel figure');
  return figure ? figure.getBoundingClientRect().height : null;
}

/** The contents of the Share menu (ShareMenu.tsx): link, link with the reader's data, embed code (with it). */
export default function SharePanel({
  link,
  title,
  indicators,
  onClose,
}: {
  link: string;
  title: string;
  /** The view's indicators: with own ones among them, the link carries their rows (or says it cannot). */
  indicators: readonly string[];
  onClose: () => void;
}) {
  const ownData = useOwnData(indicators);
  // The chart figure's height on screen as the menu opens, for the embed snippet.
  const [height] = useState(chartFigureHeight);
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
