import type { DatasetIndex } from '../../data/derive';
import type { LegendItem } from './Legend';
import { EU_REFERENCE_COLOUR, NO_DATA_COLOUR } from './palette';

/** The legend of a chart (and of its export): indicators in their colours, EU27 reference, no data. */
export function legendItems(
  index: DatasetIndex,
  indicators: readonly string[],
  colours: ReadonlyMap<string, string>,
): LegendItem[] {
  return [
    ...indicators.map((id) => ({
      key: id,
      label: index.indicators.get(id)?.shortLabel ?? id,
      colour: colours.get(id) ?? '#000000',
    })),
    { key: 'eu', label: 'EU27 average', colour: EU_REFERENCE_COLOUR, kind: 'reference' as const },
    { key: 'nodata', label: 'No data', colour: NO_DATA_COLOUR, kind: 'nodata' as const },
  ];
}
