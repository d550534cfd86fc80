import { isolate } from '../data/bidi';
import type { Dataset } from '../data/schema';
import type { ImportedData } from './parseImport';

/** A name as a reader sees it: same letters whatever the width form, case or spacing. */
const seen = (text: string) => text.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/**
 * What the import report says besides the counts: zero-width characters removed from the file, and
 * each own indicator whose name reads as a built-in one's (it stays the reader's own data, `my_…`,
 * but a chart could pass it off as the published figure).
 */
export function importNotes(removedZeroWidth: number, data: ImportedData | null, base: Dataset): string[] {
  const notes: string[] = [];
  if (removedZeroWidth > 0)
    notes.push(
      `Removed ${removedZeroWidth === 1 ? '1 invisible zero-width character' : `${removedZeroWidth} invisible zero-width characters`} from the file.`,
    );
  if (!data) return notes;
  const builtIn = new Map<string, string>();
  for (const i of base.indicators) for (const name of [i.label, i.shortLabel]) builtIn.set(seen(name), name);
  for (const c of base.concepts) builtIn.set(seen(c.label), c.label);
  for (const i of data.indicators) {
    const match = builtIn.get(seen(i.label)) ?? builtIn.get(seen(i.shortLabel));
    if (match)
      notes.push(
        `Your indicator “${isolate(i.label)}” (${i.id}) has the name of a built-in one (“${match}”): it is shown as your data, never as the published figure.`,
      );
  }
  return notes;
}
