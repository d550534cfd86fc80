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
