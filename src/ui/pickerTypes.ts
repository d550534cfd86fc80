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
