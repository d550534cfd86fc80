import type { ReactNode } from 'react';

/** One concept's panel of the kinds drawn a panel per concept (All surveys, Over time): its title
 * (14 px, bold, at the panel's top left) above its drawing. `className` names the kind's panel for
 * styles and tests; `data-panel` is the concept. */
export function Panel({
  id,
  className,
  title,
  top,
  children,
}: {
  id: string;
  className: string;
  title: string;
  top: number;
  children: ReactNode;
}) {
  return (
    <g className={className} data-panel={id}>
      <text x={0} y={top + 16} fontSize="14" fontWeight="700" fill="#1a1a1a">
        {title}
      </text>
      {children}
    </g>
  );
}
