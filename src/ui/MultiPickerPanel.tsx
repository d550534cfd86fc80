import { type KeyboardEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { pickerOptions } from './pickerOptions';
import type { PickerOption, PickerOptions, PickerPreset } from './pickerTypes';

/**
 * The open panel of a MultiPicker: a filter box, presets and an APG multi-select listbox (arrow keys
 * move, Space/Enter toggle, Home/End jump; Down from the filter enters the list, Enter in it toggles
 * the highlighted match, the first as you type). Escape is handled
 * by the picker around it. With a filter typed, Select all and Clear act on the options shown
 * ("Select 18 shown"). Loaded on first use (see MultiPicker).
 */

export interface MultiPickerPanelProps {
  /** The picker's id, from which the option and group ids are made. */
  id: string;
  label: string;
  /** The options, or what to make them from (src/ui/pickerOptions.ts, which also gives the note). */
  options: PickerOptions;
  selected: string[];
  onChange: (values: string[]) => void;
  presets: PickerPreset[];
  /** A line above the list (what the options' counts count). */
  note?: string;
  /** Closes the picker and returns the focus to its button. */
  onDone: () => void;
  /** Text typed on the button before the panel was drawn (read as it mounts): the filter starts with it. */
  typed?: { readonly current: string };
}

/** Consecutive runs of options that share a group (an option without one is its own run). */
function groupRuns(
  options: readonly PickerOption[],
): { group: string | undefined; items: { option: PickerOption; index: number }[] }[] {
  const runs: { group: string | undefined; items: { option: PickerOption; index: number }[] }[] = [];
  options.forEach((option, index) => {
    const last = runs.at(-1);
    if (last && option.group !== undefined && last.group === option.group) last.items.push({ option, index });
    else runs.push({ group: option.group, items: [{ option, index }] });
  });
  return runs;
}

/**
 * An option's accessible name: its visible text, with the count said in full ("… · 6 of 12
 * countries with a figure"; the panel's note says what the short "· 6 of 12" counts).
 */
function optionName(option: PickerOption): string {
  const text = option.hint ? `${option.label} ${option.hint}` : option.label;
  const c = option.coverage;
  return c ? `${text} · ${c.count} of ${c.of} ${c.noun} with a figure` : text;
}

function optionClass(option: PickerOption, active: boolean): string {
  const none = option.coverage?.count === 0 ? ' no-coverage' : '';
  return `picker-option${active ? ' active' : ''}${none}`;
}

export default function MultiPickerPanel({
  id,
  label,
  options: given,
  selected,
  onChange,
  presets,
  note: givenNote,
  onDone,
  typed,
}: MultiPickerPanelProps) {
  const { options, note } = useMemo(
    () => (Array.isArray(given) ? { options: given, note: givenNote } : pickerOptions(given)),
    [given, givenNote],
  );
  const [filter, setFilter] = useState(() => typed?.current ?? '');
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  // The focus goes into the filter as the panel opens (before paint), so text typed at once lands
  // there: a space in "electronic record" must not press the picker's button and close it (issue 21).
  // Text typed before it was drawn is in it already, the caret after it.
  useLayoutEffect(() => {
    const input = filterRef.current;
    input?.focus();
    input?.setSelectionRange(input.value.length, input.value.length);
  }, []);
  const visible = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return q
      ? options.filter((o) =>
          [o.label, o.value, o.hint ?? '', o.group ?? ''].some((text) => text.toLowerCase().includes(q)),
        )
      : options;
  }, [options, filter]);
  // With a filter typed, Select all and Clear act on the options shown, and say so.
  const filtered = visible !== options;
  const selectShown = () => {
    const picked = new Set(selected);
    onChange([...selected, ...visible.map((o) => o.value).filter((v) => !picked.has(v))]);
  };
  const clearShown = () => {
    const shown = new Set(visible.map((o) => o.value));
    onChange(selected.filter((v) => !shown.has(v)));
  };
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  const activeOption = visible[Math.min(active, visible.length - 1)];
  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = visible.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, active + 1),
      ArrowUp: Math.max(0, active - 1),
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      setActive(target);
      document.getElementById(`${id}-opt-${target}`)?.scrollIntoView?.({ block: 'nearest' });
    } else if ((event.key === ' ' || event.key === 'Enter') && activeOption) {
      event.preventDefault();
      toggle(activeOption.value);
    }
  };
  return (
    <>
      <label className="picker-filter">
        <span>Filter {label.toLowerCase()}</span>
        <input
          ref={filterRef}
          type="search"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
            setActive(0);
          }}
          autoComplete="off"
          onKeyDown={(e) => {
            // Down arrow from the filter goes to the first match, as in a combobox.
            if (e.key === 'ArrowDown' && visible.length > 0) {
              e.preventDefault();
              setActive(0);
              listRef.current?.focus();
            }
            // Enter with a filter typed toggles the highlighted match (the first one as you type),
            // and the focus stays in the filter for the next name.
            if (e.key === 'Enter' && filtered && activeOption) {
              e.preventDefault();
              toggle(activeOption.value);
            }
          }}
        />
      </label>
      <div className="picker-actions">
        <button type="button" onClick={selectShown} disabled={visible.length === 0}>
          {filtered ? `Select ${visible.length} shown` : 'Select all'}
        </button>
        <button type="button" onClick={clearShown} disabled={visible.length === 0}>
          {filtered ? `Clear ${visible.length} shown` : 'Clear'}
        </button>
        {presets.map((p) => (
          <button type="button" key={p.label} onClick={() => onChange(p.values)}>
            {p.label}
          </button>
        ))}
      </div>
      {note && <p className="picker-note">{note}</p>}
      <div
        ref={listRef}
        className="picker-list"
        role="listbox"
        aria-multiselectable="true"
        aria-label={label}
        tabIndex={0}
        aria-activedescendant={activeOption ? `${id}-opt-${visible.indexOf(activeOption)}` : undefined}
        onKeyDown={onListKey}
      >
        {groupRuns(visible).map((run) => {
          const options = run.items.map(({ option: o, index: i }) => (
            // biome-ignore lint/a11y/useFocusableInteractive: options of an aria-activedescendant listbox take no focus.
            // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys for its options.
            <div
              key={o.value}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={selected.includes(o.value)}
              aria-label={optionName(o)}
              className={optionClass(o, i === active)}
              onClick={() => {
                setActive(i);
                toggle(o.value);
              }}
            >
              <span className="picker-check" aria-hidden="true">
                {selected.includes(o.value) ? '✓' : ''}
              </span>
              <bdi>{o.label}</bdi>
              {o.hint && <span className="picker-hint"> {o.hint}</span>}
              {o.coverage && (
                <span className="picker-coverage">{` · ${o.coverage.count} of ${o.coverage.of}`}</span>
              )}
            </div>
          ));
          if (run.group === undefined) return options;
          const headingId = `${id}-group-${run.items[0]?.index ?? 0}`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an APG listbox groups its options with role="group"; a fieldset is not allowed inside a listbox.
            <div key={headingId} role="group" aria-labelledby={headingId} className="picker-group">
              <div id={headingId} role="presentation" className="picker-group-label">
                {run.group}
              </div>
              {options}
            </div>
          );
        })}
      </div>
      {visible.length === 0 && (
        <p className="picker-empty">
          No {label.toLowerCase()} match “{filter}”.
        </p>
      )}
      <button type="button" className="picker-done" onClick={onDone}>
        Done
      </button>
    </>
  );
}
