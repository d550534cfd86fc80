/** Legend: one swatch per indicator in its fixed colour, plus the EU27 reference and "no data". */

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  kind?: 'swatch' | 'reference' | 'nodata' | 'symbol';
  /** kind 'symbol': the shape, an SVG path centred on 0,0 (All surveys); hollow draws its outline. */
  path?: string;
  hollow?: boolean;
}

export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.key} className="legend-item">
          <svg width="18" height="12" aria-hidden="true" focusable="false">
            {item.kind === 'reference' ? (
              <line x1="9" x2="9" y1="0" y2="12" stroke={item.colour} strokeWidth="2.5" />
            ) : item.kind === 'symbol' ? (
              <path
                d={item.path}
                transform="translate(9 6) scale(0.75)"
                fill={item.hollow ? '#ffffff' : item.colour}
                stroke={item.colour}
                strokeWidth={item.hollow ? 2 : 1}
              />
            ) : item.kind === 'nodata' ? (
              <rect x="1" y="1" width="16" height="10" fill="url(#no-data-hatch)" stroke={item.colour} />
            ) : (
              <rect x="1" y="1" width="16" height="10" fill={item.colour} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
