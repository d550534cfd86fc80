import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways on a narrow screen (a wide table, a chart kept at a readable size): a
 * named <section> (a region, so a screen reader says what it is) that takes keyboard focus (so the
 * arrow keys scroll it; WCAG 2.1.1, axe `scrollable-region-focusable`).
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className={className} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
