import { useMemo, useState } from 'react';
import type { ImportedData } from '../data/importedData';
import { download } from '../ui/download';
import { CopyButton } from './CopyButton';
import { shownImports } from './copyLink';
import { EmbedCode } from './EmbedCode';
import { encodeFragment, MAX_FRAGMENT_CHARS } from './fragment';

/**
 * Lazy part of the Share menu when the view shows own data: the link with those rows in its
 * `#data=` fragment (never sent to a server), or, over the size limit, why not and the CSV instead.
 */

export default function LinkWithData({
  imports,
  indicators,
  link,
  title,
  height,
}: {
  imports: readonly ImportedData[];
  indicators: readonly string[];
  link: string;
  /** The view's title and the chart's height on screen, for the embed code. */
  title: string;
  height: number | null;
}) {
  const [status, setStatus] = useState('');
  const encoded = useMemo(() => encodeFragment(shownImports(imports, indicators)), [imports, indicators]);
  if (!encoded.ok) {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    return (
      <div className="link-with-data">
        <p>
          {`Link with your data: not possible here. Your data takes ${kb(encoded.chars)} in a link, more than the ${kb(MAX_FRAGMENT_CHARS)} a link can safely carry. Send the link and your data as a CSV file instead; the reader loads it with Add data.`}
        </p>
        <button
          type="button"
          onClick={() => {
            download(
              new Blob([encoded.csv], { type: 'text/csv;charset=utf-8' }),
              'epsos-indicators_your-data.csv',
            );
            setStatus('Your data downloaded as CSV');
          }}
        >
          Download your data (CSV)
        </button>
        <span role="status">{status}</span>
        <EmbedCode
          link={link}
          title={title}
          height={height}
          note="This embed code cannot carry your data either: embedded, the view shows the published figures only, without your indicators."
        />
      </div>
    );
  }
  const withData = `${link}${encoded.fragment}`;
  return (
    <div className="link-with-data">
      <label>
        Link with your data
        <input type="text" readOnly value={withData} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p className="link-with-data-hint">
        Your figures ride in the part after #, which browsers never send to a server. Whoever opens the link
        sees them; nothing is stored in their browser unless they choose to keep it.
      </p>
      <CopyButton text={withData} copied="Link with your data copied" what="the link">
        Copy link with your data
      </CopyButton>
      <EmbedCode
        link={withData}
        title={title}
        height={height}
        note="The embed code carries your data too (after #): whoever sees the embedded view sees your figures."
      />
    </div>
  );
}
