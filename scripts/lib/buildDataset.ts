import * as z from 'zod/mini';
import { countryNameIndex, countryNamesSchema } from '../../src/data/countryNames';
import { readObservationRows } from '../../src/data/observationRows';
import {
  type Country,
  conceptSchema,
  countrySchema,
  type Dataset,
  datasetSchema,
  type Indicator,
  indicatorSchema,
  type Observation,
  type Source,
  sourceSchema,
  surveySchema,
} from '../../src/data/schema';
import { type LocatedObservation, unexplainedConflicts } from './unexplainedConflicts';

/** Raised with every problem found, each as "file:line: message", so one run shows them all. */
export class DataBuildError extends Error {
  constructor(readonly problems: string[]) {
    super(`Data build failed with ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'DataBuildError';
  }
}

export interface DataInput {
  surveys: { file: string; text: string };
  concepts: { file: string; text: string };
  sources: { file: string; text: string };
  indicators: { file: string; text: string };
  countries: { file: string; text: string };
  /** data/sources/<sourceId>.csv */
  csvFiles: { file: string; sourceId: string; text: string }[];
  /** data/country-names.json: names an analyst's import may use for a country (checked, not output). */
  countryNames?: { file: string; text: string };
  /** Countries that have a narrative profile. */
  profileCountries?: ReadonlySet<string>;
}

function parseJsonList<T>(
  input: { file: string; text: string },
  item: z.ZodMiniType<T>,
  problems: string[],
): T[] {
  let raw: unknown;
  try {
    raw = JSON.parse(input.text);
  } catch (error) {
    problems.push(`${input.file}:1: not valid JSON (${(error as Error).message})`);
    return [];
  }
  const parsed = z.safeParse(z.array(item), raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${input.file}: item ${issue.path.join('.')}: ${issue.message}`);
    }
    return [];
  }
  return parsed.data;
}

/** The line of a JSON list item's `"id": "<id>"` (1 when it cannot be found), for file:line messages. */
export function lineOfId(text: string, id: string): number {
  const at = text.search(new RegExp(`"id"\\s*:\\s*"${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

function duplicateIds(file: string, ids: string[], problems: string[]) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${file}: duplicate id "${id}"`);
    seen.add(id);
  }
}

/** Sorted so the generated file is stable: countries as listed, then indicators as listed, then year. */
function sortObservations(
  observations: Observation[],
  countries: Country[],
  indicators: Indicator[],
  sources: Source[],
) {
  const rank = (list: { code?: string; id?: string }[]) =>
    new Map(list.map((x, i) => [(x.code ?? x.id) as string, i]));
  const countryRank = rank(countries);
  const indicatorRank = rank(indicators);
  const sourceRank = rank(sources);
  return [...observations].sort(
    (a, b) =>
      (countryRank.get(a.country) ?? 0) - (countryRank.get(b.country) ?? 0) ||
      (indicatorRank.get(a.indicator) ?? 0) - (indicatorRank.get(b.indicator) ?? 0) ||
      a.year - b.year ||
      (sourceRank.get(a.sourceId) ?? 0) - (sourceRank.get(b.sourceId) ?? 0),
  );
}

/** The import's name table: valid, every name unique once case and accents are ignored, complete. */
function checkCountryNames(
  input: { file: string; text: string },
  countries: readonly Country[],
  problems: string[],
) {
  let raw: unknown;
  try {
    raw = JSON.parse(input.text);
  } catch (error) {
    problems.push(`${input.file}:1: not valid JSON (${(error as Error).message})`);
    return;
  }
  const parsed = z.safeParse(countryNamesSchema, raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(`${input.file}: item ${issue.path.join('.')}: ${issue.message}`);
    return;
  }
  for (const problem of countryNameIndex(parsed.data, countries).problems)
    problems.push(`${input.file}: ${problem}`);
}

/** Validates and normalizes the source files into the public data contract; throws DataBuildError. */
export function buildDataset(input: DataInput): Dataset {
  const problems: string[] = [];
  const surveys = parseJsonList(input.surveys, surveySchema, problems);
  const concepts = parseJsonList(input.concepts, conceptSchema, problems);
  const sources = parseJsonList(input.sources, sourceSchema, problems);
  const indicators = parseJsonList(input.indicators, indicatorSchema, problems);
  const countries = parseJsonList(input.countries, countrySchema, problems);
  const idLists: [string, string[]][] = [
    [input.sources.file, sources.map((s) => s.id)],
    [input.indicators.file, indicators.map((i) => i.id)],
    [input.countries.file, countries.map((c) => c.code)],
    [input.surveys.file, surveys.map((s) => s.id)],
    [input.concepts.file, concepts.map((c) => c.id)],
  ];
  for (const [file, ids] of idLists) duplicateIds(file, ids, problems);
  if (input.countryNames) checkCountryNames(input.countryNames, countries, problems);
  const sourceIds = new Set(sources.map((s) => s.id));
  const surveyById = new Map(surveys.map((s) => [s.id, s]));
  const conceptIds = new Set(concepts.map((c) => c.id));
  for (const indicator of indicators) {
    if (!surveyById.has(indicator.surveyId)) {
      problems.push(
        `${input.indicators.file}:${lineOfId(input.indicators.text, indicator.id)}: indicator "${indicator.id}" names survey "${indicator.surveyId}", which surveys.json lacks`,
      );
    }
    if (!conceptIds.has(indicator.concept)) {
      problems.push(
        `${input.indicators.file}:${lineOfId(input.indicators.text, indicator.id)}: indicator "${indicator.id}" names concept "${indicator.concept}", which concepts.json lacks`,
      );
    }
  }
  const aggregates = new Set(countries.filter((c) => c.aggregate).map((c) => c.code));
  for (const survey of surveys) {
    const at = `${input.surveys.file}:${lineOfId(input.surveys.text, survey.id)}`;
    if (survey.reference !== null && !aggregates.has(survey.reference)) {
      problems.push(
        `${at}: survey "${survey.id}" names reference "${survey.reference}", which is not an average in countries.json`,
      );
    }
    if (survey.report && !sourceIds.has(survey.report)) {
      problems.push(`${at}: survey "${survey.id}" names report "${survey.report}", which SOURCES.json lacks`);
    }
    const sorted = [...survey.waves].sort((a, b) => a - b);
    if (new Set(sorted).size !== sorted.length || sorted.some((w, k) => w !== survey.waves[k])) {
      problems.push(`${at}: survey "${survey.id}" lists its waves out of order or twice`);
    }
  }
  const indicatorSurvey = new Map(indicators.map((i) => [i.id, surveyById.get(i.surveyId)]));
  const countryCodes = new Set(countries.map((c) => c.code));
  const indicatorIds = new Set(indicators.map((i) => i.id));
  const observations: Observation[] = [];
  const located: LocatedObservation[] = [];
  for (const csv of input.csvFiles) {
    if (!sourceIds.has(csv.sourceId)) {
      problems.push(`${csv.file}:1: source id "${csv.sourceId}" (the file name) is not in SOURCES.json`);
      continue;
    }
    const parsed = readObservationRows(csv.text, {
      countries: countryCodes,
      indicators: indicatorIds,
      defaultSourceId: csv.sourceId,
      lenient: false,
    });
    for (const p of parsed.problems) problems.push(`${csv.file}:${p.line}: ${p.message}`);
    for (const {
      line,
      label: _label,
      sourceText: _text,
      countryName: _name,
      ...observation
    } of parsed.rows) {
      const survey = indicatorSurvey.get(observation.indicator);
      if (survey && !survey.waves.includes(observation.year)) {
        problems.push(
          `${csv.file}:${line}: year ${observation.year} is not a wave of survey "${survey.id}" (waves: ${survey.waves.join(', ')})`,
        );
        continue;
      }
      if (survey && aggregates.has(observation.country) && observation.country !== survey.reference) {
        problems.push(
          `${csv.file}:${line}: ${observation.country} is not the average survey "${survey.id}" published (${survey.reference ?? 'none'})`,
        );
        continue;
      }
      observations.push(observation);
      located.push({ ...observation, at: `${csv.file}:${line}` });
    }
  }
  problems.push(...unexplainedConflicts(located));
  if (problems.length > 0) throw new DataBuildError(problems);
  const withProfiles = countries.map((c) =>
    input.profileCountries?.has(c.code) ? { ...c, profile: true } : c,
  );
  return z.parse(datasetSchema, {
    schemaVersion: 2,
    surveys,
    concepts,
    sources,
    indicators,
    countries: withProfiles,
    observations: sortObservations(observations, countries, indicators, sources),
  });
}
