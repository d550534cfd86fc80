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

/** The swatch's width: a line for an average over time or the dotted countries, else a small box. */
export function swatchWidth(item: Pick<LegendItem, 'kind'>): number {
  if (item.kind === 'note') return 0;
  return item.kind === 'dashed' || item.kind === 'dotted' ? 28 : 18;
}

/**
 * One legend swatch, 12 px high: the same drawing in the legend on screen and in the exported
 * image's frame (export/ExportFrame.tsx), which places it with `x` and `y`.
 */
export function LegendSwatch({ item, x, y }: { item: LegendItem; x?: number; y?: number }) {
  if (item.kind === 'note') return null;
  const width = swatchWidth(item);
  return (
    <svg x={x} y={y} width={width} height="12" aria-hidden="true" focusable="false">
      {item.kind === 'dashed' || item.kind === 'dotted' ? (
        <>
          <line
            x1="0"
            x2={width}
            y1="6"
            y2="6"
            stroke={item.colour}
            strokeWidth="2"
            strokeDasharray={item.kind === 'dashed' ? '6 4' : '1.5 3'}
          />
          <circle cx={width / 2} cy="6" r="3.5" fill="#ffffff" stroke={item.colour} strokeWidth="1.5" />
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
  );
}

export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.key} className="legend-item" title={item.label.length > 60 ? item.label : undefined}>
          <LegendSwatch item={item} />
          <bdi className="legend-label">{item.label}</bdi>
        </li>
      ))}
    </ul>
  );
}
