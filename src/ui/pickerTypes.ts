/** The options and presets of a picker (MultiPicker.tsx and its lazily loaded panel). */

export interface PickerOption {
  value: string;
  label: string;
  hint?: string;
  /** Options with the same group (consecutive) are listed under its heading. */
  group?: string;
}

export interface PickerPreset {
  label: string;
  values: string[];
}
