import type { DroppedValue } from './url';

/**
 * The words for the values a link or a file brought that were not used, as notices show them. Not
 * in url.ts: the codec is in the initial script, these only load with a notice (DroppedNotice and
 * the own-data panels), so a link with nothing to say fetches none of it.
 */

/**
 * A value from a link as a notice may echo it: control and bidi characters (U+202E would reverse
 * the sentence around it) shown as their code, and at most `max` characters.
 */
export function visibleText(value: string, max = 60): string {
  const shown = value.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to show as codes.
    /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

export function describeDropped(d: DroppedValue): string {
  const value = visibleText(d.value);
  switch (d.reason) {
    case 'unknown parameter':
      return `Ignored unknown parameter “${visibleText(d.parameter)}”`;
    case 'unknown country code':
      return d.parameter === 'brief'
        ? `No country brief for “${value}”: unknown country code; the dashboard opened instead`
        : `Ignored unknown country code: ${value}`;
    case 'unknown indicator':
      return `Ignored unknown indicator: ${value} (not in this dataset; data you imported stays in the browser where it was loaded)`;
    case 'expected a country code':
    case 'a survey average, not a country, has no brief':
      return `No country brief for “${value}”: ${d.reason}; the dashboard opened instead`;
    default:
      return `Ignored ${visibleText(d.parameter)} “${value}”: ${d.reason}`;
  }
}
