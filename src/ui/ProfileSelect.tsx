import type { DatasetIndex } from '../data/derive';

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
          // Its code loads with the first choice (not needed to draw the page).
          if (name)
            void import('./revealProfile').then(
              (m) => requestAnimationFrame(() => m.revealProfile(name)),
              String,
            );
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
