import { coverageCounts } from '../data/coverage';
import type { PickerOption } from './pickerTypes';

/**
 * A picker's options with their coverage of the other picker's selection: each Indicators option
 * says for how many of the selected countries it has a figure, each Countries option for how many
 * of the selected indicators (src/data/coverage.ts says what counts). Nothing selected over there:
 * no count (a "0 of 0" would say nothing). Order and groups stay as they are.
 */
export function withCoverage(
  options: readonly PickerOption[],
  sets: ReadonlyMap<string, ReadonlySet<string>>,
  selected: readonly string[],
  noun: { one: string; many: string },
): PickerOption[] {
  const of = new Set(selected).size;
  if (of === 0) return [...options];
  const counts = coverageCounts(
    sets,
    options.map((o) => o.value),
    selected,
  );
  const counted = of === 1 ? noun.one : noun.many;
  return options.map((o) => ({ ...o, coverage: { count: counts.get(o.value) ?? 0, of, noun: counted } }));
}
