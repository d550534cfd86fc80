/**
 * Text of the reader's own (an own label, a file name) set inside a sentence of ours: wrapped in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068, U+2069), so right-to-left letters or an
 * unclosed override in it (U+202E) reorder only itself, never the words around it. In SVG text and
 * in strings; in HTML elements of its own, `<bdi>` does the same.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The reader's own indicators (`my_…`), surveys and sources (`my-…`): their text is isolated. */
export const isOwnId = (id: string): boolean => id.startsWith('my_') || id.startsWith('my-');

/** A name in a sentence of ours: isolated when it is the reader's own (see isolate). */
export const ownText = (id: string, text: string): string => (isOwnId(id) ? isolate(text) : text);

const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const POP_ISOLATE = '\u2069';

/** How many isolates are still open after `text`, when `open` were open before it. */
function openAfter(text: string, open: number): number {
  let count = open;
  for (const ch of text) {
    if (ISOLATE_OPENERS.has(ch)) count += 1;
    else if (ch === POP_ISOLATE && count > 0) count -= 1;
  }
  return count;
}

/**
 * Lines cut from one text (wrapped, or shortened): each line reopens the isolates open where it
 * starts and closes those open where it ends, so a cut inside an own label neither leaves the rest
 * of it unisolated on the next line nor lets its direction run into what follows.
 */
export function balanceIsolates(lines: readonly string[]): string[] {
  let open = 0;
  return lines.map((line) => {
    const before = open;
    open = openAfter(line, before);
    return `${'\u2068'.repeat(before)}${line}${POP_ISOLATE.repeat(open)}`;
  });
}

/** `text` cut to at most `max` characters, "…" after the cut and outside any isolate it left open. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept = text.slice(0, max - 1).trimEnd();
  return `${kept}${POP_ISOLATE.repeat(openAfter(kept, 0))}…`;
}
