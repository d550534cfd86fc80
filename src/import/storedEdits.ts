import type { SetAsideRecord } from './importedSchema';
import type { ImportedData } from './parseImport';
import { STORED_FORMAT } from './storedFormat';

/**
 * One change to what this browser stores, applied inside one IndexedDB transaction
 * (src/import/importStorage.ts): never a whole list written from a tab's memory, so what another tab
 * added or removed in the meantime stays as that tab left it.
 */
export interface StoredEdit {
  /** Records to store (one already stored under the same id is replaced). */
  add?: readonly ImportedData[];
  /** Ids of records to take out; any other record stays, read by this tab or not. */
  remove?: readonly string[];
  /** Records to add to the set-aside list (a merge that refused them). */
  setAside?: readonly SetAsideRecord[];
  /** Set-aside records to delete (as this tab read them); any other set-aside record stays. */
  deleteAside?: readonly SetAsideRecord[];
}

/** The stored value: v2 is `{ version: 2, imports }`. */
export interface StoredValue {
  version: number;
  imports: unknown[];
}

/** Whether a stored value is of the current format (so an edit need not read each record first). */
export function isCurrentFormat(raw: unknown): raw is StoredValue {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { version?: unknown }).version === STORED_FORMAT &&
    Array.isArray((raw as { imports?: unknown }).imports)
  );
}

const idOf = (record: unknown): unknown =>
  typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;

/** The stored records after an edit: every record the edit does not name stays as it was stored. */
export function applyEdit(records: readonly unknown[], edit: StoredEdit): unknown[] {
  const added = edit.add ?? [];
  const out = new Set<unknown>([...(edit.remove ?? []), ...added.map((d) => d.id)]);
  return [...records.filter((r) => !out.has(idOf(r))), ...added];
}

/** The set-aside list as stored, as it was written (not checked: see readSetAside). */
export function asideList(raw: unknown): unknown[] {
  if (raw === undefined) return [];
  return Array.isArray(raw) ? raw : [raw];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The set-aside list checked record by record, as the notice shows it: a record spoiled by hand or
 * by another version (`null`, a label that is not text) is named by its place and kept whole, never
 * dropped and never drawn as it is.
 */
export function readSetAside(raw: unknown): SetAsideRecord[] {
  return asideList(raw).map((entry, i) => {
    const r = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const label = text(r.label);
    const reason = text(r.reason);
    const whole = label !== null && reason !== null && 'record' in r;
    return {
      label: (label ?? `set-aside record ${i + 1}`).slice(0, 120) || `set-aside record ${i + 1}`,
      reason: whole ? reason : 'this set-aside record is not of the expected shape',
      setAsideAt: text(r.setAsideAt) ?? '',
      record: whole ? r.record : entry,
    };
  });
}

/** What identifies a set-aside record as read (its label may be its place, which can change). */
export const asideKey = (r: SetAsideRecord) => JSON.stringify([r.reason, r.setAsideAt, r.record]);

/**
 * The stored set-aside list without the records a tab deleted (each named once, as that tab read
 * it): a record another tab set aside since, which this tab never showed, stays.
 */
export function withoutAside(raw: unknown, deleted: readonly SetAsideRecord[]): unknown[] {
  const left = new Map<string, number>();
  for (const r of deleted) left.set(asideKey(r), (left.get(asideKey(r)) ?? 0) + 1);
  const read = readSetAside(raw);
  return asideList(raw).filter((_, i) => {
    const record = read[i];
    const key = record ? asideKey(record) : '';
    const count = left.get(key) ?? 0;
    if (count === 0) return true;
    left.set(key, count - 1);
    return false;
  });
}
