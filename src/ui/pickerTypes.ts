import type { DatasetIndex } from '../data/derive';

/** The options and presets of a picker (MultiPicker.tsx and its lazily loaded panel). */

export interface PickerOption {
  value: string;
  label: string;
  hint?: string;
  /** Options with the same group (consecutive) are listed under its heading. */
  group?: string;
  /** How much of the other picker's selection the option has a figure for ("· 6 of 12"). */
  coverage?: OptionCoverage;
}

/** "6 of 12 countries with a figure": shown as "· 6 of 12", read out in full; a count of 0 is dimmed. */
export interface OptionCoverage {
  count: number;
  of: number;
  /** What is counted: "countries", "indicators" ("country" when `of` is 1). */
  noun: string;
}

export interface PickerPreset {
  label: string;
  values: string[];
}

/**
 * A picker whose options are made when its panel opens (src/ui/pickerOptions.ts, in the panel's
 * chunk): the countries, counting their figures for the selected indicators (on All surveys, for the
 * topics drawn), or the indicators, counting the selected countries. `total`: how many options there
 * are (the picker's button says "5 of 31" before they are made).
 */
export type PickerList = { index: DatasetIndex; total: number } & (
  | { of: 'countries'; indicators: readonly string[]; bySurveys: boolean }
  | { of: 'indicators'; countries: readonly string[] }
);

/** A picker's options: listed by the caller, or made by the panel (a PickerList). */
export type PickerOptions = PickerOption[] | PickerList;
