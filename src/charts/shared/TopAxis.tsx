/**
 * The percent axis along the top of a chart: a vertical rule and a label at each tick, from just
 * above the plot to its bottom. The layouts compute the ticks (d3); this draws them.
 */
export function TopAxis({
  ticks,
  top,
  bottom,
  stroke = '#d9d9d9',
  fontSize = 12,
  ruleAbove = 4,
  labelAbove = 10,
  className,
  decorative = true,
}: {
  ticks: readonly { x: number; label: string }[];
  top: number;
  bottom: number;
  stroke?: string;
  fontSize?: number;
  /** How far the rules start above the plot, and the labels stand above it (px). */
  ruleAbove?: number;
  labelAbove?: number;
  className?: string;
  /** Hidden from assistive technology (the chart's text alternative says the scale). */
  decorative?: boolean;
}) {
  return (
    <g className={className} aria-hidden={decorative ? 'true' : undefined}>
      {ticks.map((t) => (
        <g key={t.label}>
          <line x1={t.x} x2={t.x} y1={top - ruleAbove} y2={bottom} stroke={stroke} />
          <text x={t.x} y={top - labelAbove} textAnchor="middle" fontSize={fontSize} fill="#444">
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}
