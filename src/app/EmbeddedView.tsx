import type { ReactNode } from 'react';
import { isImportedIndicator } from '../data/ownIds';
import type { ViewState } from '../data/view';
import type { ViewModel } from '../data/viewModel';
import { shortSourceLine } from '../share/shortSource';
import { fragmentPayload } from '../state/fragmentHash';
import { serializeView } from '../state/url';

/** The `#data=` of the page, carried by the embed's link to the full view (the reader's own rows). */
const linkFragment = () =>
  typeof window !== 'undefined' && fragmentPayload(window.location.hash) !== null ? window.location.hash : '';

/** `embed=1`: the chart alone, for an iframe, with its short source line and a link to the full view. */
export function EmbeddedView({
  view,
  model,
  chart,
}: {
  view: ViewState;
  model: ViewModel;
  chart: ReactNode;
}) {
  return (
    <main className="embed">
      {chart}
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
