import { useId } from 'react';
import type { TimeSelection } from '../data/view';

/** The survey year shown: each indicator's latest wave, or one year among the selected indicators' waves. */
export function YearPicker({
  value,
  waves,
  disabledReason,
  onChange,
}: {
  value: TimeSelection;
  waves: readonly number[];
  /** Why the picker does not apply to this chart kind (Over time shows every wave), or null: said
   * beside the greyed select, to every reader, and tied to it for a screen reader. */
  disabledReason: string | null;
  onChange: (time: TimeSelection) => void;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  // A year the selection no longer offers stays listed, so the select shows what the URL says.
  const options = value !== 'latest' && !waves.includes(value) ? [...waves, value].sort() : waves;
  return (
    <span className="year-picker">
      <label htmlFor={id}>Survey year</label>
      <select
        id={id}
        value={String(value)}
        disabled={disabledReason !== null}
        aria-describedby={disabledReason ? hintId : undefined}
        onChange={(e) => onChange(e.target.value === 'latest' ? 'latest' : Number(e.target.value))}
      >
        <option value="latest">Latest wave of each indicator</option>
        {options.map((w) => (
          <option key={w} value={String(w)}>
            {w}
          </option>
        ))}
      </select>
      {disabledReason && (
        <span id={hintId} className="year-picker-hint">
          {disabledReason}
        </span>
      )}
    </span>
  );
}
