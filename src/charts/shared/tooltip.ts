import { ownText } from '../../data/bidi';
import { type ComparisonCell, conflictText, type DatasetIndex, publicationName } from '../../data/derive';
import { formatGap, formatPercent, noDataText } from './format';

/** The lines a tooltip shows for a mark: country, value and wave, the survey's average and the gap,
 * a disagreement between publications, and where the figure is printed. */
export function tooltipLines(index: DatasetIndex, cell: ComparisonCell): string[] {
  const lines = [cell.countryName];
  if (cell.value === null) {
    lines.push(`${ownText(cell.indicator, cell.indicatorLabel)}: ${noDataText(cell)}`);
    if (cell.note) lines.push(`Why: ${cell.note}`);
  } else {
    lines.push(
      `${ownText(cell.indicator, cell.indicatorLabel)}: ${formatPercent(cell.value)}${cell.year ? ` (${cell.year})` : ''}`,
    );
  }
  if (cell.country !== cell.referenceCode) {
    if (cell.referenceCode === null) {
      lines.push('No average published by this survey');
    } else {
      const name = index.countries.get(cell.referenceCode)?.name ?? cell.referenceCode;
      const gap = cell.gap === null ? 'gap: no data' : `gap ${formatGap(cell.gap)} points`;
      lines.push(`${name}${cell.year ? ` ${cell.year}` : ''}: ${formatPercent(cell.referenceValue)}; ${gap}`);
    }
  }
  const conflict = conflictText(index, cell.conflicts);
  if (conflict) lines.push(`Note: ${conflict}`);
  const source = cell.value !== null ? index.sources.get(cell.sourceId ?? '') : undefined;
  if (source) {
    const others = cell.sourceIds.length - 1;
    lines.push(
      `Source: ${publicationName(source)}${others > 0 ? ` (and ${others} other publication${others > 1 ? 's' : ''})` : ''}`,
    );
  }
  return lines;
}
