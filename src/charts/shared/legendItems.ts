import { surveyWaveLabel } from '../../data/surveyWave';
import type { ViewModel } from '../../data/viewModel';
import { SURVEY_SHAPES, surveyStyles } from '../surveys/style';
import type { LegendItem } from './Legend';
import { EU_REFERENCE_COLOUR, NO_DATA_COLOUR, OKABE_ITO, UNSELECTED_COLOUR } from './palette';
import { seriesStyles } from './seriesStyle';

const noData: LegendItem = { key: 'nodata', label: 'No data', colour: NO_DATA_COLOUR, kind: 'nodata' };

/** One key per survey average drawn, named with its wave: "EU27 average, 2007". */
function referenceItems(model: ViewModel): LegendItem[] {
  const seen = new Map<string, string>();
  for (const i of model.indicators) {
    if (i.referenceName === null || i.referenceValue === null) continue;
    const label = `${i.referenceName}, ${i.wave}`;
    seen.set(label, label);
  }
  return [...seen.values()].map((label) => ({
    key: `ref-${label}`,
    label,
    colour: EU_REFERENCE_COLOUR,
    kind: 'reference' as const,
  }));
}

/** "Computer use", or "EMR use (CMWF), Commonwealth Fund, 2012" when the chart mixes surveys or years. */
export function indicatorLegendLabel(model: ViewModel, id: string): string {
  const i = model.indicators.find((x) => x.id === id);
  if (!i) return id;
  return model.mixedYears ? `${i.shortLabel}, ${surveyWaveLabel(i.survey.shortName, i.wave)}` : i.shortLabel;
}

/** The legend of a chart kind (and of its export), by its registry entry's `legend`; the map and the
 * table carry their own keys. */
export function legendItems(model: ViewModel, colours: ReadonlyMap<string, string>): LegendItem[] {
  const styles = seriesStyles(model.view.indicators);
  const swatches = model.indicators.map((i) => {
    const pattern = styles.get(i.id)?.patternId;
    return {
      key: i.id,
      label: indicatorLegendLabel(model, i.id),
      colour: colours.get(i.id) ?? '#000000',
      ...(pattern ? { fill: `url(#${pattern})` } : {}),
    };
  });
  const references = referenceItems(model);
  switch (model.kind.legend) {
    case 'surveys': {
      const styles = [...surveyStyles(model.surveyPanels).values()];
      if (styles.length === 0) return [];
      return [
        ...styles.map((s) => ({
          key: `survey-${s.surveyId}`,
          label: s.name,
          colour: s.colour,
          kind: 'symbol' as const,
          path: s.path,
        })),
        {
          key: 'earlier',
          label: 'hollow: an earlier wave',
          colour: '#505050',
          kind: 'symbol' as const,
          path: SURVEY_SHAPES.circle,
          hollow: true,
        },
      ];
    }
    case 'none':
      return [];
    case 'lines':
      return [
        ...references.map((r) => ({
          ...r,
          label: `${r.label.split(',')[0]} (dashed)`,
          kind: 'dashed' as const,
        })),
        // Past six countries the colours repeat: those lines are dotted with hollow points (TimeChart).
        ...(model.panels.some((p) =>
          p.lines.some((l) => model.drawnCountries.indexOf(l.country) >= OKABE_ITO.length),
        )
          ? [
              {
                key: 'second-round',
                label: `Dotted, hollow points: countries after the ${OKABE_ITO.length}th (colours repeat)`,
                colour: '#505050',
                kind: 'dotted' as const,
              },
            ]
          : []),
      ];
    case 'selection':
      return [
        { key: 'countries', label: 'Selected countries', colour: swatches[0]?.colour ?? '#0072B2' },
        ...references,
      ];
    case 'ranking':
      return [
        { key: 'selected', label: 'Selected countries', colour: swatches[0]?.colour ?? '#0072B2' },
        { key: 'others', label: 'Other countries', colour: UNSELECTED_COLOUR },
        ...references,
      ];
    case 'gaps':
      // Only indicators with a published average have a gap to draw.
      return swatches.filter((sw) => model.indicators.find((i) => i.id === sw.key)?.referenceValue !== null);
    case 'indicators':
      return [...swatches, ...references, noData];
  }
}
