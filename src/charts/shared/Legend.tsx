/** Legend: one swatch per indicator in its fixed colour, plus the EU27 reference and "no data". */

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  kind?: 'swatch' | 'reference' | 'nodata';
}

export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.key} className="legend-item" title={item.label.length > 60 ? item.label : undefined}>
          <svg width="18" height="12" aria-hidden="true" focusable="false">
            {item.kind === 'reference' ? (
              <line x1="9" x2="9" y1="0" y2="12" stroke={item.colour} strokeWidth="2.5" />
            ) : item.kind === 'nodata' ? (
              <rect x="1" y="1" width="16" height="10" fill="url(#no-data-hatch)" stroke={item.colour} />
            ) : (
              <rect x="1" y="1" width="16" height="10" fill={item.colour} />
            )}
          </svg>
          <span className="legend-label">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
