import type { ComparisonCell } from '../data/derive';

/** A label as it reads inside a sentence: "Computer use" → "computer use", "Internet access" stays. */
export function inSentence(label: string): string {
  if (/^(Internet|EU|GP|ICT)\b/.test(label) || /^[A-Z]{2}/.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function listJoin(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function points(n: number): string {
  return `${Math.abs(n).toFixed(1)} ${Math.abs(n) === 1 ? 'point' : 'points'}`;
}

/**
 * One sentence comparing a country with the EU27 average, from the data:
 * "France is 4.6 points below the EU27 average in computer use, 3.5 points above it in Internet
 * access and 5.3 points below it in electronic patient record."
 */
export function comparisonSentence(
  countryName: string,
  cells: readonly ComparisonCell[],
  labels: ReadonlyMap<string, string>,
): string {
  const phrase = (c: ComparisonCell) => inSentence(labels.get(c.indicator) ?? c.indicatorLabel);
  const compared = cells.filter((c) => c.gap !== null);
  const withoutAverage = cells.filter((c) => c.gap === null && c.value !== null && c.referenceValue === null);
  const missing = cells.filter((c) => c.gap === null && !withoutAverage.includes(c));
  const mixed = new Set(compared.map((c) => `${c.referenceCode}|${c.year}`)).size > 1;
  const parts = compared.map((c, i) => {
    const gap = c.gap ?? 0;
    const previous = compared[i - 1];
    const reference =
      previous && previous.referenceCode === c.referenceCode && previous.year === c.year
        ? 'it'
        : `the ${c.referenceCode ?? 'survey'} average${mixed ? ` (${c.year})` : ''}`;
    if (gap === 0) return `level with ${reference} in ${phrase(c)}`;
    return `${points(gap)} ${gap < 0 ? 'below' : 'above'} ${reference} in ${phrase(c)}`;
  });
  const sentences: string[] = [];
  if (parts.length > 0) sentences.push(`${countryName} is ${listJoin(parts)}.`);
  if (withoutAverage.length > 0) {
    sentences.push(
      `No survey average was published to compare ${listJoin(withoutAverage.map(phrase))} with.`,
    );
  }
  if (missing.length > 0) {
    const what = listJoin(missing.map(phrase));
    sentences.push(
      parts.length > 0
        ? `There is no data to compare for ${what}.`
        : `There is no data to compare ${countryName} with the survey average in ${what}.`,
    );
  }
  return sentences.join(' ');
}
