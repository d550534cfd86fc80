/** How to cite a view or a package: pure text, the date of access written out in English. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const DASHBOARD_NAME = 'epSOS Indicators';

export function accessDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export interface CitationInput {
  title: string;
  /** Survey titles, in the order the view shows them; repeats are dropped. */
  surveys: readonly string[];
  /** The view's link; null when there is none to give (a package built without a known address). */
  url: string | null;
  accessed: Date;
}

/** e.g. “Computer use: France and Germany. Data: <survey>. epSOS Indicators, <url> (accessed 5 May 2026).” */
export function citeView({ title, surveys, url, accessed }: CitationInput): string {
  const unique = [...new Set(surveys)];
  const end = /[.!?]$/.test(title) ? '' : '.';
  const data = unique.length > 0 ? ` Data: ${unique.join('; ')}.` : '';
  const where = url ? `, ${url}` : '';
  return `${title}${end}${data} ${DASHBOARD_NAME}${where} (accessed ${accessDate(accessed)}).`;
}
