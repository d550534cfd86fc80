import { useId } from 'react';
import { ownText } from '../data/bidi';

/**
 * Ranking and Map draw one indicator: this picks which of the selected ones (`rank=` in the URL).
 * Shown only when more than one is selected; the label says what the chart does with it.
 */
export function IndicatorChoice({
  label,
  value,
  options,
  onChange,
}: {
  /** "Indicator ranked" / "Indicator mapped" */
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (id: string) => void;
}) {
  const id = useId();
  if (options.length < 2) return null;
  return (
    <span className="indicator-choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {ownText(o.value, o.label)}
          </option>
        ))}
      </select>
    </span>
  );
}
