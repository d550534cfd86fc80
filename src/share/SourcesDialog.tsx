import { useEffect, useId, useRef, useState } from 'react';
import type { Source } from '../data/schema';
import type { SourcesContent } from './sourcesContent';

/**
 * Sources and methods of a view, in a modal <dialog>: per indicator its definition, survey and the
 * publications behind the values shown; then How to cite. Presentational: everything comes in as
 * props and is rendered as text (links only to http(s) addresses). Escape or Close closes it.
 */

/** "Tech Advisor, UK GPs get top marks for using IT (undated)": a publication without a year says so. */
export const publicationText = (source: Source) =>
  `${source.publisher}, ${source.title} (${source.year ?? 'undated'})`;

const safeHref = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : undefined);

function Survey({
  survey,
  wave,
  referenceName,
}: Pick<SourcesContent['indicators'][number], 'survey' | 'wave' | 'referenceName'>) {
  return (
    <dl className="sources-survey">
      <dt>Survey</dt>
      <dd>{safeHref(survey.url) ? <a href={safeHref(survey.url)}>{survey.title}</a> : survey.title}</dd>
      <dt>Producer</dt>
      <dd>{survey.producer}</dd>
      <dt>Base</dt>
      <dd>{survey.base}</dd>
      <dt>Question</dt>
      <dd>{survey.question ?? 'The question wording is not published in the sources we hold.'}</dd>
      <dt>Fieldwork</dt>
      <dd>
        {survey.waves.length > 0 ? survey.waves.join(', ') : 'not recorded'}
        {wave !== null ? ` (values shown: ${wave})` : ''}
      </dd>
      <dt>Method</dt>
      <dd>{survey.method ?? 'Sample, fieldwork and weighting are not published in the sources we hold.'}</dd>
      <dt>Average published</dt>
      <dd>{referenceName ?? 'None: this survey published no average, so no reference line is drawn.'}</dd>
    </dl>
  );
}

async function copy(text: string): Promise<string> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'Citation copied';
  } catch {
    return 'Copying was blocked: select the citation and press Ctrl+C';
  }
}

export default function SourcesDialog({
  content,
  focus = null,
  onClose,
}: {
  content: SourcesContent;
  /** A figure (`FR|computer|2007`, figureKey) to open the dialog at: scrolled to, marked and focused. */
  focus?: string | null;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [status, setStatus] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    // No close() on cleanup: unmounting removes the dialog, and a close event would call onClose.
    if (dialog && !dialog.open) dialog.showModal();
    if (dialog && focus) {
      const place = [...dialog.querySelectorAll<HTMLElement>('[data-figure]')].find(
        (e) => e.dataset.figure === focus,
      );
      place?.scrollIntoView({ block: 'center' });
      place?.focus();
    }
  }, [focus]);
  return (
    <dialog ref={ref} className="sources-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="sources-head">
        <h2 id={titleId}>Sources and methods</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      <p className="sources-view-title">{content.title}</p>
      {content.indicators.map((i) => (
        <section key={i.id} aria-labelledby={`${titleId}-${i.id}`}>
          <h3 id={`${titleId}-${i.id}`}>{i.label}</h3>
          <p>{i.description}</p>
          <Survey survey={i.survey} wave={i.wave} referenceName={i.referenceName} />
          <h4>Publications of the values shown</h4>
          {i.publications.length === 0 ? (
            <p>No value is shown for this indicator.</p>
          ) : (
            <ul className="sources-publications">
              {i.publications.map(({ source, where, figures }) => (
                <li key={source.id}>
                  {safeHref(source.url) ? (
                    <a href={safeHref(source.url)}>{publicationText(source)}</a>
                  ) : (
                    publicationText(source)
                  )}
                  <ul>
                    {where.map((w, k) =>
                      focus !== null && figures[k] === focus ? (
                        <li key={w} data-figure={figures[k]} className="sources-focus" tabIndex={-1}>
                          <strong>{w}</strong>{' '}
                          <span className="sources-focus-tag">(the figure you opened)</span>
                        </li>
                      ) : (
                        <li key={w} data-figure={figures[k]}>
                          {w}
                        </li>
                      ),
                    )}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          {i.notes.length > 0 && (
            <>
              <h4>Notes on conflicts and precision</h4>
              <ul>
                {i.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      <section aria-labelledby={`${titleId}-cite`} className="sources-cite">
        <h3 id={`${titleId}-cite`}>How to cite</h3>
        <p className="sources-citation">{content.citation}</p>
        <button type="button" onClick={async () => setStatus(await copy(content.citation))}>
          Copy citation
        </button>
        <span role="status">{status}</span>
      </section>
    </dialog>
  );
}
