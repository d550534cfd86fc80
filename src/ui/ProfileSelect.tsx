import type { DatasetIndex } from '../data/derive';

/** How long to wait for a chosen profile's panel to appear (its code may still be loading). */
const REVEAL_FRAMES = 120;

/**
 * After a profile is chosen: when its panel is out of sight (below the chart on a narrow screen),
 * scroll to it and move the focus to its heading, so the choice visibly does something and a screen
 * reader follows (issue 21.7). Beside the chart, where it is already in view, nothing moves.
 */
function revealProfile(name: string, frames = REVEAL_FRAMES) {
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

/** Opens any country's profile panel; countries with a narrative profile are marked. */
export function ProfileSelect({
  index,
  value,
  onChange,
}: {
  index: DatasetIndex;
  value: string | null;
  onChange: (code: string | null) => void;
}) {
  const countries = index.dataset.countries.filter((c) => !c.aggregate);
  return (
    <label className="profile-select">
      <span>Profile</span>
      <select
        value={value ?? ''}
        onChange={(e) => {
          const code = e.target.value || null;
          onChange(code);
          const name = code ? index.countries.get(code)?.name : undefined;
          if (name) requestAnimationFrame(() => revealProfile(name));
        }}
      >
        <option value="">None</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
            {c.profile ? '' : ' (figures only)'}
          </option>
        ))}
      </select>
    </label>
  );
}
