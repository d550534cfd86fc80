import { useMemo } from 'react';
import type { ImportedData } from '../data/importedData';
import { isImportedIndicator } from '../data/ownIds';
import { useImportStore } from '../import/importStore';

/** The analyst's imports, when a view shows any of their indicators: what a link with data carries. */
export interface OwnData {
  imports: readonly ImportedData[];
  indicators: readonly string[];
}

/** The own data a view's indicators show, from the imports stored and those from the link; null if none. */
export function ownDataOf(
  indicators: readonly string[],
  { imports, linked }: { imports: readonly ImportedData[]; linked: readonly ImportedData[] },
): OwnData | null {
  const own = indicators.filter(isImportedIndicator);
  return own.length > 0 ? { imports: [...imports, ...linked], indicators: own } : null;
}

/** The same, following the import store (the Share menu's contents, while open). */
export function useOwnData(indicators: readonly string[]): OwnData | null {
  const imports = useImportStore((s) => s.imports);
  const linked = useImportStore((s) => s.linked);
  return useMemo(() => ownDataOf(indicators, { imports, linked }), [indicators, imports, linked]);
}
