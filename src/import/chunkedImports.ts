import type { Observation } from '../data/schema';
import type { ImportedData } from './parseImport';

/**
 * Imports sent between the page and a worker in pieces. The structured clone of one message is one
 * task on each side: 50,000 rows in one message held the page's main thread for a quarter of a
 * second at 4× CPU (to send them to the merge check, or to receive them from the parser). In pieces
 * of `ROWS_PER_MESSAGE` rows, each piece is its own short task, and the sender gives the main thread
 * back between pieces (a Performance trace: 4,000 rows took 36–40 ms to deserialise on the page at
 * 4× CPU, with a scavenge after; 2,000, half that).
 */
export const ROWS_PER_MESSAGE = 2000;

export type ImportsMessage =
  /** An import without its rows: they follow in `rows` messages. */
  | { piece: 'head'; data: ImportedData }
  | { piece: 'rows'; rows: Observation[] }
  /** The last message: the imports are whole, and `rest` is what else the sender says. */
  | { piece: 'end'; rest: unknown };

/** Posts `imports`, then `rest`, in pieces; `pause` between pieces (on the page: yield to input). */
export async function postImports(
  post: (message: ImportsMessage) => void,
  imports: readonly ImportedData[],
  rest: unknown,
  pause: () => Promise<void> = async () => undefined,
): Promise<void> {
  for (const data of imports) {
    post({ piece: 'head', data: { ...data, observations: [] } });
    for (let from = 0; from < data.observations.length; from += ROWS_PER_MESSAGE) {
      await pause();
      post({ piece: 'rows', rows: data.observations.slice(from, from + ROWS_PER_MESSAGE) });
    }
  }
  post({ piece: 'end', rest });
}

/** Puts the pieces together again: `take` each message; at `end`, `whole` gets the imports and `rest`. */
export function importsReceiver(whole: (imports: ImportedData[], rest: unknown) => void) {
  let imports: ImportedData[] = [];
  return (message: ImportsMessage) => {
    if (message.piece === 'head') imports.push(message.data);
    else if (message.piece === 'rows') imports.at(-1)?.observations.push(...message.rows);
    else {
      const done = imports;
      imports = [];
      whole(done, message.rest);
    }
  };
}
