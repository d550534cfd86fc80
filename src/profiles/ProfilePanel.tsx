import type { DatasetIndex } from '../data/derive';

export function ProfilePanel({ index, code, onClose }: { index: DatasetIndex; code: string; colours: ReadonlyMap<string, string>; onClose: () => void }) {
  const name = index.countries.get(code)?.name ?? code;
  return (
    <section className="profile-panel" aria-label={`${name} profile`}>
      <h2>{name}</h2>
      <button type="button" onClick={onClose}>Close profile</button>
    </section>
  );
}
