/** Legend: one swatch per indicator in its fixed colour, plus the EU27 reference and "no data". */

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** The swatch's paint when it is not the plain colour: a series pattern (url(#…), seriesStyle.ts). */
  fill?: string;
  /** reference: a tick; dashed: a dashed line (an average over time); dotted: a dotted line with a
   * hollow point (Over time, the countries past the sixth colour); symbol: a shape (All surveys);
   * note: a line of text without a key (Over time: surveys differ in question and base). */
  kind?: 'swatch' | 'reference' | 'nodata' | 'dashed' | 'dotted' | 'symbol' | 'note';
  /** kind 'symbol': the shape, an SVG path centred on 0,0 (All surveys); hollow draws its outline. */
  path?: string;
  hollow?: boolean;
}

export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.key} className="legend-item" title={item.label.length > 60 ? item.label : undefined}>
          {item.kind !== 'note' && (
            <svg
              width={item.kind === 'dashed' || item.kind === 'dotted' ? 28 : 18}
              height="12"
              aria-hidden="true"
              focusable="false"
            >
              {item.kind === 'dashed' || item.kind === 'dotted' ? (
                <>
                  <line
                    x1="0"
                    x2="28"
                    y1="6"
                    y2="6"
                    stroke={item.colour}
                    strokeWidth="2"
                    strokeDasharray={item.kind === 'dashed' ? '6 4' : '1.5 3'}
                  />
                  <circle cx="14" cy="6" r="3.5" fill="#ffffff" stroke={item.colour} strokeWidth="1.5" />
                </>
              ) : item.kind === 'reference' ? (
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
                <rect x="1" y="1" width="16" height="10" fill={item.fill ?? item.colour} />
              )}
            </svg>
          )}
          <span className="legend-label">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
