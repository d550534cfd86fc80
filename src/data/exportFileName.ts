import type { ViewState } from './view';

const MAX_CODES = 12;

/** A download's name after the view, e.g. epsos-indicators_bars_FR-DE-DK.png; only [A-Za-z0-9_-]. */
export function exportFileName(
  view: Pick<ViewState, 'chart' | 'countries'>,
  extension: 'png' | 'svg' | 'csv' | 'zip',
): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9]/g, '');
  const codes = view.countries.map(clean).filter(Boolean);
  const shown = codes.slice(0, MAX_CODES).join('-');
  const more = codes.length > MAX_CODES ? `-plus${codes.length - MAX_CODES}` : '';
  const chart = clean(view.chart) || 'chart';
  return `epsos-indicators_${chart}_${shown || 'none'}${more}.${extension}`;
}
