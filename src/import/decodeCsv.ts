/**
 * The bytes of an Add data file as text, and the encoding they were read in (the import report
 * names it). TextDecoder does the decoding; this only chooses the encoding:
 * - a byte order mark: UTF-8, UTF-16 LE or UTF-16 BE, as it says;
 * - no mark, but zero bytes in every other place (Latin text in UTF-16): UTF-16 LE or BE, by where
 *   the zeros stand;
 * - bytes that are valid UTF-8: UTF-8;
 * - anything else: Windows-1252 (Excel's "CSV" on Western European Windows), which reads any byte.
 */
export interface DecodedText {
  text: string;
  encoding: string;
}

const SAMPLE = 4096;

/** UTF-16 without a mark, told by its zero bytes: "le" when they stand second in each pair. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (pairs < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  // Text of Latin letters has a zero in nearly every pair; a binary file has them anywhere.
  if (odd >= pairs * 0.6 && even <= pairs * 0.05) return 'utf-16le';
  if (even >= pairs * 0.6 && odd <= pairs * 0.05) return 'utf-16be';
  return null;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  const decode = (label: string, from = 0, fatal = false) =>
    new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes.subarray(from));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decode('utf-8', 3), encoding: 'UTF-8 (with a byte order mark)' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', 2), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', 2), encoding: 'UTF-16 BE' };
  const utf16 = utf16Without(bytes);
  if (utf16) return { text: decode(utf16), encoding: utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE' };
  try {
    return { text: decode('utf-8', 0, true), encoding: 'UTF-8' };
  } catch {
    return { text: decode('windows-1252'), encoding: 'Windows-1252' };
  }
}

/**
 * Characters that take no room and hide in labels ("Comp\u200Buter use" looks like "Computer use"):
 * zero-width space, non-joiner and joiner, word joiner, and a byte order mark inside the text.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u180E]/g;

/** The text without zero-width characters, and how many were removed. */
export function withoutZeroWidth(text: string): { text: string; removed: number } {
  let removed = 0;
  const clean = text.replace(ZERO_WIDTH, () => {
    removed += 1;
    return '';
  });
  return { text: clean, removed };
}
