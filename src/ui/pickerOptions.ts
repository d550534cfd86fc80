import { conceptsOf, coverageOf } from '../data/coverage';
import type { DatasetIndex } from '../data/derive';
import { isImportedIndicator } from '../data/ownIds';
import { indicatorOptions } from './indicatorOptions';
import { withCoverage } from './pickerCoverage';
import type { PickerList, PickerOption } from './pickerTypes';

const COUNTRIES = { one: 'country', many: 'countries' };
const INDICATORS = { one: 'indicator', many: 'indicators' };
const CONCEPTS = { one: 'topic', many: 'topics' };
const COUNTRIES_NOTE = 'Each country: how many of the selected indicators have a figure for it, in any year.';
const COUNTRIES_NOTE_SURVEYS =
  'Each country: for how many of the topics drawn (computer use, electronic records …) any survey has a figure for it, in any year.';
const INDICATORS_NOTE =
  'Each indicator: for how many of the selected countries it has a figure, in any year.';

const countryLists = new WeakMap<DatasetIndex, PickerOption[]>();
const indicatorLists = new WeakMap<DatasetIndex, PickerOption[]>();

function cached(
  lists: WeakMap<DatasetIndex, PickerOption[]>,
  index: DatasetIndex,
  make: () => PickerOption[],
): PickerOption[] {
  let list = lists.get(index);
  if (!list) {
    list = make();
    lists.set(index, list);
  }
  return list;
}

/** The countries (no survey averages), each hinting its code and whether it was in epSOS. */
const countryOptions = (index: DatasetIndex) =>
  cached(countryLists, index, () =>
    index.dataset.countries
      .filter((c) => !c.aggregate)
      .map((c) => ({ value: c.code, label: c.name, hint: c.epsos ? `${c.code} · epSOS` : c.code })),
  );

/**
 * A picker's options and the note above them, made when its panel opens (this module loads with the
 * panel, not with the page): each country counts its figures for the selected indicators (on All
 * surveys, the topics drawn), each indicator the selected countries (src/data/coverage.ts).
 */
export function pickerOptions(list: PickerList): { options: PickerOption[]; note: string | undefined } {
  const { index } = list;
  const coverage = coverageOf(index);
  if (list.of === 'indicators') {
    const options = cached(indicatorLists, index, () => indicatorOptions(index, isImportedIndicator));
    return {
      options: withCoverage(options, coverage.byIndicator, list.countries, COUNTRIES),
      note: list.countries.length > 0 ? INDICATORS_NOTE : undefined,
    };
  }
  const options = countryOptions(index);
  if (list.bySurveys)
    return {
      options: withCoverage(
        options,
        coverage.conceptsByCountry,
        conceptsOf(index, list.indicators),
        CONCEPTS,
      ),
      note: list.indicators.length > 0 ? COUNTRIES_NOTE_SURVEYS : undefined,
    };
  return {
    options: withCoverage(options, coverage.byCountry, list.indicators, INDICATORS),
    note: list.indicators.length > 0 ? COUNTRIES_NOTE : undefined,
  };
}
