import type { DatasetIndex } from '../../data/derive';
import type { ChartKind } from '../../state/view';
import type { LegendItem } from './Legend';
import { EU_REFERENCE_COLOUR, NO_DATA_COLOUR } from './palette';

export const UNSELECTED_COLOUR = '#a9b4c2';

const reference: LegendItem = {
  key: 'eu',
  label: 'EU27 average',
  colour: EU_REFERENCE_COLOUR,
  kind: 'reference',
};
const noData: LegendItem = { key: 'nodata', label: 'No data', colour: NO_DATA_COLOUR, kind: 'nodata' };

/** The legend of a chart kind (and of its export); the map and the table carry their own keys. */
export function legendItems(
  index: DatasetIndex,
  chart: ChartKind,
  indicators: readonly string[],
  colours: ReadonlyMap<string, string>,
): LegendItem[] {
  const swatches = indicators.map((id) => ({
    key: id,
    label: index.indicators.get(id)?.shortLabel ?? id,
    colour: colours.get(id) ?? '#000000',
  }));
  switch (chart) {
    case 'map':
    case 'table':
      return [];
    case 'scatter':
      return [
        { key: 'countries', label: 'Selected countries', colour: swatches[0]?.colour ?? '#0072B2' },
        reference,
      ];
    case 'ranking':
      return [
        { key: 'selected', label: 'Selected countries', colour: swatches[0]?.colour ?? '#0072B2' },
        { key: 'others', label: 'Other countries', colour: UNSELECTED_COLOUR },
        reference,
        noData,
      ];
    default:
      return [...swatches, reference, noData];
  }
}
