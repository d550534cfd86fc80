import { ownText } from './bidi';
import type { DatasetIndex } from './derive';
import { count } from './plural';
import type { Source } from './schema';
import { surveyWaveLabel } from './surveyWave';
import type { ShownIndicator, ViewModel } from './viewTypes';

/** Title, subtitle and source line of a view: shared by the figure on screen and every export. */

type ModelCore = Omit<ViewModel, 'title' | 'subtitle' | 'sourceLine'>;

function listNames(names: string[], max = 4): string {
  if (names.length === 0) return 'no country with a figure';
  if (names.length > max) return count(names.length, 'country', 'countries');
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "the EU27 average", "the EU27 and EU15 averages", or "" when no survey published one. */
function referencePhrase(model: ModelCore): string {
  const names = [
    ...new Set(model.indicators.flatMap((i) => (i.referenceValue !== null ? [i.referenceCode] : []))),
  ];
  if (names.length === 0) return '';
  if (names.length === 1) return `the ${names[0]} average`;
  return `the ${names.slice(0, -1).join(', ')} and ${names.at(-1)} averages`;
}

/** The table's rows, named or counted, and how many have a figure when not all do. */
function tableCountries(index: DatasetIndex, model: ModelCore): string {
  const references = new Set(model.references.map((r) => r.code));
  const rows = model.rows.filter((c) => !references.has(c));
  const names = listNames(rows.map((c) => index.countries.get(c)?.name ?? c));
  const drawn = model.drawnCountries.length;
  return rows.length > 0 && drawn < rows.length ? `${names} (${drawn} with a figure)` : names;
}

export function viewTitle(index: DatasetIndex, model: ModelCore): string {
  // The countries drawn, not the countries selected: a chart of 12 selected with 4 drawn says 4.
  const countries = listNames(model.drawnCountries.map((c) => index.countries.get(c)?.name ?? c));
  // The reader's own names isolated, so an unclosed U+202E in one reverses nothing around it.
  const labels = model.indicators.map((i) => ownText(i.id, i.shortLabel));
  const first = labels[0] ?? 'No indicator';
  const all = labels.join(', ') || 'No indicator';
  const concepts = model.surveyPanels.map((p) => p.label);
  return model.kind.title({
    first,
    second: labels[1] ?? 'a second indicator',
    all,
    countries,
    reference: referencePhrase(model),
    concepts:
      concepts.length > 1
        ? `${concepts.slice(0, -1).join(', ')} and ${concepts.at(-1)}`
        : (concepts[0] ?? 'No indicator'),
    rows: tableCountries(index, model),
  });
}

export function viewSubtitle(model: ModelCore): string {
  const text = subtitleText(model);
  // The gap chart's axis is the difference from the average, in percentage points (issue 21.9).
  return model.kind.unit === 'points'
    ? text.replace('. Percent.', '. Percentage points from the average.')
    : text;
}

function subtitleText(model: ModelCore): string {
  const { indicators } = model;
  if (indicators.length === 0) return '';
  const { shape } = model.kind;
  if (shape === 'surveys') {
    const surveys = new Set(indicators.map((i) => i.survey.id)).size;
    return `Percent, as each survey asked it (${count(surveys, 'survey', 'surveys')}). Every wave with a figure: each survey's latest wave solid, with its year; earlier waves hollow. Each survey's own average in a row of its own.`;
  }
  if (shape === 'lines') {
    const parts = indicators.map((i) => {
      const waves = model.panels.find((p) => p.indicator.id === i.id)?.waves ?? [];
      const survey =
        waves.length === 1
          ? surveyWaveLabel(ownText(i.survey.id, i.survey.shortName), waves[0] ?? null)
          : `${ownText(i.survey.id, i.survey.shortName)}, ${waves.join(', ') || 'no wave with data'}`;
      return `${ownText(i.id, i.label)} (${survey})`;
    });
    return `${parts.join('; ')}. Percent. Every survey wave.`;
  }
  if (!model.mixedYears) {
    const first = indicators[0];
    const definitions = indicators.map((i) => ownText(i.id, i.label)).join('; ');
    const survey = first ? ownText(first.survey.id, first.survey.shortTitle) : '';
    return `${definitions}. Percent. ${surveyWaveLabel(survey, first?.wave ?? null, 'no wave with data')}.`;
  }
  const asked = model.view.time === 'latest' ? null : model.view.time;
  const parts = indicators.map((i) => {
    const moved = asked !== null && i.wave !== asked ? `, no ${asked} wave` : '';
    return `${ownText(i.id, i.label)} (${surveyWaveLabel(ownText(i.survey.id, i.survey.shortName), i.wave, 'no wave with data')}${moved})`;
  });
  return `Indicators from different surveys or years: ${parts.join('; ')}. Percent.`;
}

/** The waves a view shows of an indicator: every wave on Over time and All surveys, else its one wave. */
export function wavesShown(
  model: Pick<ViewModel, 'kind' | 'panels' | 'dataCells'>,
  indicator: Pick<ShownIndicator, 'id' | 'wave'>,
): number[] {
  switch (model.kind.shape) {
    case 'lines':
      return model.panels.find((p) => p.indicator.id === indicator.id)?.waves ?? [];
    case 'surveys':
      return model.dataCells.flatMap((c) =>
        c.indicator === indicator.id && c.value !== null && c.year !== null ? [c.year] : [],
      );
    default:
      return indicator.wave === null ? [] : [indicator.wave];
  }
}

/** "epSOS project, Country profile: France (2010)": the title cut at a word near 60 characters. */
export function shortPublication(source: Source): string {
  const title =
    source.title.length > 60 ? `${source.title.slice(0, 60).replace(/\s+\S*$/, '')}…` : source.title;
  return `${source.publisher}, ${title}${source.year ? ` (${source.year})` : ''}`;
}

/** "empirica for the European Commission, Benchmarking ICT use …, 2008": a survey's report inside brackets. */
function reportName(source: Source): string {
  return shortPublication(source).replace(/ \((\d{4})\)$/, ', $1');
}

/**
 * "Data: empirica GP survey for the European Commission (2007; report: empirica for the European
 * Commission, Benchmarking ICT use among General Practitioners in Europe, 2008), as printed in
 * Deutsches Ärzteblatt, … (2008) and 4 other publications." One clause per survey: the survey, the
 * waves shown and its own report (surveys.json `report`, unless it was printed before the latest wave
 * shown) first; then the publications that print
 * the values of the countries drawn; those that print only the survey's average come last.
 */
export function viewSourceLine(index: DatasetIndex, model: ModelCore): string {
  const bySurvey = model.sourcesBySurvey;
  if (bySurvey.length === 0) return 'Data: no published figure for this selection.';
  const clauses = bySurvey.map(({ surveyId, sourceIds: ids, countrySourceIds }) => {
    const survey = index.surveys.get(surveyId);
    const waves = [
      ...new Set(
        model.indicators.filter((i) => i.survey.id === surveyId).flatMap((i) => wavesShown(model, i)),
      ),
    ].sort((a, b) => a - b);
    // A report printed before a wave cannot be that wave's report (OECD's 2019 report and its 2021 wave).
    const latestWave = waves.at(-1);
    const surveyReport = survey?.report ? index.sources.get(survey.report) : undefined;
    const report =
      surveyReport &&
      (surveyReport.year === null || latestWave === undefined || surveyReport.year >= latestWave)
        ? surveyReport
        : undefined;
    const ordered = [...countrySourceIds, ...ids.filter((id) => !countrySourceIds.includes(id))].filter(
      (id) => id !== report?.id,
    );
    const firstSource = index.sources.get(ordered[0] ?? '');
    const others = ordered.length - 1;
    const reported = report ? `; report: ${reportName(report)}` : '';
    const printed = firstSource
      ? `, as printed in ${ownText(firstSource.id, shortPublication(firstSource))}`
      : '';
    const more = others > 0 ? ` and ${others} other publication${others > 1 ? 's' : ''}` : '';
    return `${ownText(surveyId, survey?.shortTitle ?? surveyId)} (${waves.join(', ')}${reported})${printed}${more}`;
  });
  return `Data: ${clauses.join('; ')}.`;
}
