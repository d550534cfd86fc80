import { Suspense, useRef, useState } from 'react';
import type { DatasetIndex } from '../data/derive';
import type { ViewModel } from '../data/viewModel';
import { ErrorInPlace } from '../ui/ErrorInPlace';
import { preloadable } from '../ui/preloadable';

const sourcesPanel = preloadable(() => import('./SourcesPanel'));
const SourcesPanel = sourcesPanel.Component;

/** The Sources button (with the page); the dialog's code loads on first use. Focus returns here on close. */
export function SourcesButton({
  index,
  model,
  link,
}: {
  index: DatasetIndex;
  model: ViewModel;
  link: string;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Sources
      </button>
      {open && (
        <ErrorInPlace failed="The sources could not be loaded" onRetry={sourcesPanel.warm}>
          <Suspense fallback={<span role="status">Loading the sources…</span>}>
            <SourcesPanel index={index} model={model} link={link} onClose={close} />
          </Suspense>
        </ErrorInPlace>
      )}
    </>
  );
}
