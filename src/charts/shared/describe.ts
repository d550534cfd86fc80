import type { DatasetIndex } from '../../data/derive';
import type { ViewState } from '../../state/view';

/** Title and subtitle of a view, shared by the figure on screen and every export. */

function listNames(names: string[], max = 4): string {
  if (names.length === 0) return 'no countries';
  if (names.length > max) return `${names.length} countries`;
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function indicatorNames(index: DatasetIndex, ids: readonly string[]): string[] {
  return ids.map((id) => index.indicators.get(id)?.shortLabel ?? id);
}

export function viewTitle(index: DatasetIndex, view: ViewState): string {
  const countries = listNames(view.countries.map((c) => index.countries.get(c)?.name ?? c));
  const indicators = indicatorNames(index, view.indicators);
  const first = indicators[0] ?? 'No indicator';
  switch (view.chart) {
    case 'gap':
      return `Gap to the EU27 average in percentage points: ${countries}`;
    case 'ranking':
      return `${first}: all countries ranked`;
    case 'map':
      return `${first} across Europe`;
    case 'scatter':
      return `${first} against ${indicators[1] ?? 'a second indicator'}: ${countries}`;
    case 'table':
      return `${indicators.join(', ') || 'No indicator'}: ${countries} and the EU27 average`;
    default:
      return `${indicators.join(', ') || 'No indicator'}: ${countries} against the EU27 average`;
  }
}

export function viewSubtitle(index: DatasetIndex, ids: readonly string[]): string {
  const years = new Set<number>();
  for (const o of index.dataset.observations)
    if (ids.includes(o.indicator) && o.value !== null) years.add(o.year);
  const yearText = years.size > 0 ? ` Survey year ${[...years].sort().join(', ')}.` : '';
  const definitions = ids.map((id) => index.indicators.get(id)?.label ?? id).join('; ');
  return `${definitions}. Percent.${yearText}`;
}
