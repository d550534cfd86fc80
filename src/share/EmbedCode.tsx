import { CopyButton } from './CopyButton';
import { embedHeight, embedSnippet } from './embed';

/**
 * The embed code of the Share menu: an iframe of the view (`embed=1`) and the script that fits its
 * height at any width (public/embed.js); without the script, a fixed height that fits the chart as
 * it is on screen now. `link` carries `#data=` when the view shows the reader's own data.
 */
export function EmbedCode({
  link,
  title,
  height,
  note,
}: {
  link: string;
  title: string;
  /** The chart figure's height on screen, for the iframe's fixed height. */
  height: number | null;
  /** Said above the code (what it carries, or cannot). */
  note?: string;
}) {
  const code = embedSnippet(link, { title, height: embedHeight(height) });
  return (
    <div className="embed-code">
      <label>
        Embed code (iframe)
        <textarea readOnly rows={4} value={code} onFocus={(e) => e.currentTarget.select()} />
      </label>
      {note && <p className="link-with-data-hint">{note}</p>}
      <CopyButton text={code} copied="Embed code copied" what="the code">
        Copy embed code
      </CopyButton>
    </div>
  );
}
