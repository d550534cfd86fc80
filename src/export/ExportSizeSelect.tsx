import { create } from 'zustand';
import { EXPORT_SIZES, type ExportSizeId } from './exportSizes';

/**
 * The size of the PNG and SVG exports (issue 21.6): Screen, A4 column, slide. Kept for the session
 * (not in the URL: it is how to print, not what the view shows); the export buttons read it.
 */
export const useExportSize = create<{ size: ExportSizeId; setSize: (size: ExportSizeId) => void }>((set) => ({
  size: 'screen',
  setSize: (size) => set({ size }),
}));

export function ExportSizeSelect() {
  const size = useExportSize((s) => s.size);
  const setSize = useExportSize((s) => s.setSize);
  return (
    <label className="export-size">
      <span aria-hidden="true">Export size</span>
      <select
        aria-label="Export size"
        value={size}
        onChange={(e) => setSize(e.target.value as ExportSizeId)}
        title="The size of Download PNG / SVG and Copy PNG; at a print size the text prints at 8 pt or more"
      >
        {EXPORT_SIZES.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
    </label>
  );
}
