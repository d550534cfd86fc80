import { type ComparisonCell, type DatasetIndex, sourceLine } from '../../data/derive';
import { formatGap, formatPercent } from './format';

/** The lines a tooltip shows for a mark: country, indicator, value, year, gap to EU27, source. */
export function tooltipLines(index: DatasetIndex, cell: ComparisonCell): string[] {
  const lines = [
    cell.countryName,
    `${cell.indicatorLabel}: ${formatPercent(cell.value)}${cell.year ? ` (${cell.year})` : ''}`,
  ];
  if (cell.value === null && cell.note) lines.push(`Why: ${cell.note}`);
  if (cell.country !== 'EU27') {
    const gap = cell.gap === null ? 'gap: no data' : `gap ${formatGap(cell.gap)} points`;
    lines.push(`EU27 average: ${formatPercent(cell.referenceValue)}; ${gap}`);
  }
  if (cell.sourceId) lines.push(sourceLine(index, [cell.sourceId]));
  return lines;
}
