/** How long to wait for a chosen profile's panel to appear (its code may still be loading). */
const REVEAL_FRAMES = 120;

/**
 * After a profile is chosen: when its panel is out of sight (below the chart on a narrow screen),
 * scroll to it and move the focus to its heading, so the choice visibly does something and a screen
 * reader follows (issue 21.7). Beside the chart, where it is already in view, nothing moves.
 */
export function revealProfile(name: string, frames = REVEAL_FRAMES) {
  const panel = document.querySelector<HTMLElement>(
    `section.profile-panel[aria-label="${CSS.escape(`${name} profile`)}"]`,
  );
  const heading = panel?.querySelector<HTMLElement>('h2');
  if (!panel || !heading) {
    if (frames > 0) requestAnimationFrame(() => revealProfile(name, frames - 1));
    return;
  }
  const box = panel.getBoundingClientRect();
  if (box.top >= 0 && box.top < window.innerHeight - 80) return;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  panel.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}
