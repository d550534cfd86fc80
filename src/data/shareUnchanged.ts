import type { ViewModel } from './viewTypes';

/** Whether two values are the same, or plain objects (or arrays) whose own fields are the same values. */
function shallowSame(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether two lists hold the same items (each the same value, or a plain object with the same fields). */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => shallowSame(x, b[i])));
}

const SHARED_LISTS = [
  'indicators',
  'countries',
  'references',
  'rows',
  'cells',
  'dataCells',
  'noData',
  'ranked',
  'panels',
  'surveyPanels',
  'droppedConcepts',
  'waves',
  'sourceIds',
  'sourcesBySurvey',
  'withoutReference',
  'drawnCountries',
] as const satisfies readonly (keyof ViewModel)[];

/**
 * `next` with each list that holds the same items as in `previous` replaced by `previous`'s list, so
 * what a chart memoises on its model's lists (layouts, scales, marks) stays valid when a change
 * leaves them as they were: a country without data toggled, a profile opened. Cells are resolved
 * once per index (derive.ts), so equal cells are the same objects.
 */
export function shareUnchanged(previous: ViewModel | null, next: ViewModel): ViewModel {
  if (!previous || previous === next) return next;
  const shared: ViewModel = { ...next };
  const share = <K extends (typeof SHARED_LISTS)[number]>(key: K) => {
    if (sameItems(previous[key], next[key])) shared[key] = previous[key];
  };
  for (const key of SHARED_LISTS) share(key);
  return shared;
}
