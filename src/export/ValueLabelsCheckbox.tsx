import { useViewStore } from '../state/store';

/**
 * `labels=1` (issue 25.5): each mark's value written beside it, on screen and in PNG and SVG. Offered
 * on the kinds whose marks do not print their value already: All surveys, Over time, scatter, map.
 */
export function ValueLabelsCheckbox({ checked }: { checked: boolean }) {
  return (
    <label className="value-labels">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => useViewStore.getState().setLabels(e.target.checked)}
      />
      Values on marks
    </label>
  );
}
