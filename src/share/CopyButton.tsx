import { type ReactNode, useState } from 'react';

/**
 * A Share menu button that copies `text` (the embed code, the link with your data) and says in a status
 * line what happened: `copied`, or where the clipboard is refused, to select `what` above and press Ctrl+C.
 */
export function CopyButton({
  text,
  copied,
  what,
  children,
}: {
  text: string;
  copied: string;
  /** The field above that holds the text ("the code", "the link"). */
  what: string;
  children: ReactNode;
}) {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setStatus(copied);
          } catch {
            setStatus(`Copying was blocked: select ${what} above and press Ctrl+C`);
          }
        }}
      >
        {children}
      </button>
      <span role="status">{status}</span>
    </>
  );
}
