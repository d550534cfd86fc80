import { type KeyboardEvent, Suspense, useCallback, useEffect, useId, useRef } from 'react';
import { ErrorInPlace } from './ErrorInPlace';
import type { MultiPickerPanelProps } from './MultiPickerPanel';
import type { PickerOptions, PickerPreset } from './pickerTypes';
import { preloadable } from './preloadable';
import { usePopover } from './useDismiss';
import { whenIdle } from './whenIdle';

export type { OptionCoverage, PickerList, PickerOption, PickerOptions, PickerPreset } from './pickerTypes';

/**
 * A multi-select picker: a disclosure button that opens a filter box, presets and a multi-select
 * listbox (MultiPickerPanel). The order of the selection is the order the user picked, which the URL
 * keeps.
 *
 * The panel's code is its own chunk (initial script size, issue 11). It is fetched when the pointer
 * or the focus reaches the button, and when the browser is idle, so by the time a reader opens a
 * picker it renders at once. The filter text and the active option belong to
 * the open panel: a picker opens with an empty filter. Options given as a PickerList are made by the
 * panel as it opens (their code, coverage counts included, loads with it, not with the page).
 */

export interface MultiPickerProps {
  label: string;
  options: PickerOptions;
  selected: string[];
  onChange: (values: string[]) => void;
  presets?: PickerPreset[];
  /** A line above the list, e.g. what the options' counts count (a PickerList makes its own). */
  note?: string;
}

const panel = preloadable<MultiPickerPanelProps>(() => import('./MultiPickerPanel'));

/** Fetches the panel's code ahead; a failure shows in the open picker, with "Try again". */
const warmPanel = () => void panel.warm();

export function MultiPicker({ label, options, selected, onChange, presets = [], note }: MultiPickerProps) {
  const id = useId();
  const { open, setOpen, rootRef, close: dismiss } = usePopover();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    dismiss();
    buttonRef.current?.focus();
  }, [dismiss]);
  useEffect(() => whenIdle(warmPanel), []);
  // Text typed while the panel is on its way (its code still loading on a slow device) reaches the
  // button: it is kept for the filter, and a space does not press the button again (issue 26).
  const typed = useRef('');
  const keepTyped = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!open || e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    typed.current += e.key;
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the picker closes it and returns focus.
    <div className="picker" ref={rootRef} onKeyDown={(e) => e.key === 'Escape' && open && close()}>
      <button
        ref={buttonRef}
        type="button"
        className="picker-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          typed.current = '';
          setOpen(!open);
        }}
        onKeyDown={keepTyped}
        onPointerEnter={warmPanel}
        onFocus={warmPanel}
      >
        {label}{' '}
        <span className="picker-count">
          ({`${selected.length} of ${Array.isArray(options) ? options.length : options.total}`})
        </span>
      </button>
      {open && (
        <div className="picker-panel" id={`${id}-panel`}>
          <ErrorInPlace failed={`The ${label.toLowerCase()} list could not be loaded`} onRetry={panel.warm}>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <panel.Component
                id={id}
                label={label}
                options={options}
                selected={selected}
                onChange={onChange}
                presets={presets}
                note={note}
                onDone={close}
                typed={typed}
              />
            </Suspense>
          </ErrorInPlace>
        </div>
      )}
    </div>
  );
}
