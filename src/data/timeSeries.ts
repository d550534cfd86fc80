import { comparisonCell, type DatasetIndex } from './derive';
import type { ShownIndicator, TimeLine, TimePanel } from './viewTypes';

export type { TimeLine, TimePanel, TimePoint } from './viewTypes';

/** Over time: every wave of each indicator, one line per country, the survey's own average beside. */

function line(index: DatasetIndex, country: string, indicator: string, waves: readonly number[]): TimeLine {
  return {
    country,
    name: index.countries.get(country)?.name ?? country,
    points: waves.map((year) => {
      const cell = comparisonCell(index, country, indicator, year);
      return { year, value: cell.value, cell };
    }),
  };
}

const hasValue = (l: TimeLine) => l.points.some((p) => p.value !== null);

export function timePanels(
  index: DatasetIndex,
  indicators: readonly ShownIndicator[],
  countries: readonly string[],
): TimePanel[] {
  return indicators.map((indicator) => {
    const waves = index.waves.get(indicator.id) ?? [];
    const lines = countries.map((c) => line(index, c, indicator.id, waves)).filter(hasValue);
    const reference = indicator.referenceCode
      ? line(index, indicator.referenceCode, indicator.id, waves)
      : null;
    return { indicator, waves, lines, reference: reference && hasValue(reference) ? reference : null };
  });
}
