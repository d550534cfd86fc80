import { ownText } from '../../data/bidi';
import { surveyWaveLabel } from '../../data/surveyWave';
import type { ViewModel } from '../../data/viewModel';
import { drawnSurveyStyles, SURVEY_SHAPES } from '../surveys/style';
import type { LegendItem } from './Legend';
import { EU_REFERENCE_COLOUR, NO_DATA_COLOUR, UNSELECTED_COLOUR } from './palette';
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
  const label = ownText(i.id, i.shortLabel);
  return model.mixedYears
    ? `${label}, ${surveyWaveLabel(ownText(i.survey.id, i.survey.shortName), i.wave)}`
    : label;
}

/** The surveys drawn, each with its one mark, in the dataset's order (All surveys, Over time). */
function surveyKeys(model: ViewModel): LegendItem[] {
  return drawnSurveyStyles(
    model.surveys,
    model.surveyPanels.flatMap((p) => p.series.map((s) => s.survey.id)),
  ).map((s) => ({
    key: `survey-${s.surveyId}`,
    label: ownText(s.surveyId, s.name),
    colour: s.colour,
    kind: 'symbol' as const,
    path: s.path,
  }));
}

/** Over time: the surveys, the averages' dashed lines, and that surveys differ in question and base. */
function timeLegend(model: ViewModel): LegendItem[] {
  const surveys = surveyKeys(model);
  if (surveys.length === 0) return [];
  const averages = model.surveyPanels.some((p) => p.references.length > 0);
  return [
    ...surveys,
    ...(averages
      ? [
          {
            key: 'average',
            label: "dashed, hollow: the survey's own average",
            colour: '#505050',
            kind: 'dashed' as const,
          },
        ]
      : []),
    {
      key: 'surveys-differ',
      label: 'Surveys differ in question and base.',
      colour: '#505050',
      kind: 'note' as const,
    },
  ];
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
      const surveys = surveyKeys(model);
      if (surveys.length === 0) return [];
      return [
        ...surveys,
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
      return timeLegend(model);
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
