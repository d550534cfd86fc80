import type { ReactNode } from 'react';
import type { MarkEvents } from './useMarks';

/**
 * A mark as every SVG kind draws it: a group classed `mark` (styles, tests, the prerender's check), its
 * facts as `data-*` attributes (country, indicator, value …: what tests and styles read), its pointer
 * events (useMarks) and its title (what a screen reader or a long hover gives), around its shapes.
 */
export function Mark({
  className = 'mark',
  highlight = false,
  events,
  title,
  children,
  ...data
}: {
  className?: string;
  /** The open profile's country (highlight.ts): `data-highlight`, after the others. */
  highlight?: boolean;
  events: MarkEvents;
  title: string;
  children: ReactNode;
  /** The mark's facts, as `data-*` attributes in this order; undefined leaves one out. */
  [data: `data-${string}`]: string | number | boolean | undefined;
}) {
  return (
    <g className={className} {...data} data-highlight={highlight || undefined} {...events}>
      <title>{title}</title>
      {children}
    </g>
  );
}
