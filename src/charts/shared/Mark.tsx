import type { ReactNode } from 'react';
import type { MarkEvents } from './useMarks';

/**
 * A mark as every SVG kind draws it: a group classed `mark` (styles, tests, the prerender's check), its
 * facts as `data-*` attributes (country, indicator, value …: what tests and styles read), its pointer
 * events (useMarks) and its title (what a screen reader or a long hover gives), around its shapes.
 */
export function Mark({
  className = 'mark',
  data,
  highlight = false,
  events,
  title,
  children,
}: {
  className?: string;
  /** Each entry a `data-` attribute, in this order; undefined leaves it out. */
  data: Record<string, string | number | boolean | undefined>;
  /** The open profile's country (highlight.ts): `data-highlight`, after the others. */
  highlight?: boolean;
  events: MarkEvents;
  title: string;
  children: ReactNode;
}) {
  const attributes = Object.fromEntries(Object.entries(data).map(([name, value]) => [`data-${name}`, value]));
  return (
    <g className={className} {...attributes} data-highlight={highlight || undefined} {...events}>
      <title>{title}</title>
      {children}
    </g>
  );
}
