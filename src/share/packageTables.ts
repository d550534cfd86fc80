import type { Dataset, Observation } from '../data/schema';
import { spreadsheetSafe } from '../data/spreadsheetSafe';

/**
 * The four tables of the data package: for each, its columns (name, Table Schema type, description)
 * and how a row of the dataset becomes a CSV row. One list drives both the CSV header and
 * `schema.fields` in datapackage.json, so the two cannot drift apart.
 */

export type FieldType = 'string' | 'number' | 'integer' | 'year' | 'boolean';

export interface FieldSpec {
  name: string;
  type: FieldType;
  description: string;
}

/** A Table Schema foreign key: `fields` of this table hold values of `reference.fields` of another. */
export interface ForeignKeySpec {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface TableSpec<Row> {
  name: string;
  path: string;
  title: string;
  description: string;
  fields: readonly FieldSpec[];
  /** The fields that tell one row from every other (Table Schema `primaryKey`). */
  primaryKey: readonly string[];
  foreignKeys?: readonly ForeignKeySpec[];
  rows: (dataset: Dataset, rows: readonly Row[]) => Record<string, string | number | null>[];
}

const text = (v: string | null | undefined) => (v ? spreadsheetSafe(v) : '');

export const OBSERVATION_FIELDS: readonly FieldSpec[] = [
  { name: 'country', type: 'string', description: 'ISO 3166-1 alpha-2 code; EU27 is the EU27 average.' },
  { name: 'country_name', type: 'string', description: 'Country name in English.' },
  {
    name: 'indicator',
    type: 'string',
    description: 'Indicator id (indicators.csv); my_ marks your own data.',
  },
  { name: 'indicator_label', type: 'string', description: 'What the indicator measures.' },
  { name: 'survey', type: 'string', description: 'Survey that collected the figure (surveys.csv).' },
  { name: 'year', type: 'year', description: "The survey's fieldwork year (not the publication's)." },
  {
    name: 'value',
    type: 'number',
    description:
      'Percent, as printed. Empty: the source gives no value (the note says why); never estimated.',
  },
  {
    name: 'source',
    type: 'string',
    description: 'Id of the publication that prints the figure (sources.csv).',
  },
  { name: 'source_title', type: 'string', description: 'Publisher, title and year of that publication.' },
  { name: 'where', type: 'string', description: 'The place in the publication: page, table or paragraph.' },
  { name: 'note', type: 'string', description: 'Remarks on the figure, or why it is missing.' },
  {
    name: 'fit',
    type: 'string',
    description:
      "How the publication's wording fits the indicator's definition: exact, partial, or empty (not assessed). Where publications differ, the best fit is shown.",
  },
  { name: 'fit_note', type: 'string', description: 'The wording as printed and its base, behind the fit.' },
];

export const observationsTable: TableSpec<Observation> = {
  name: 'observations',
  path: 'observations.csv',
  title: 'Figures',
  description:
    'One row per country, indicator, year and publication, as published; rows without a value are kept.',
  fields: OBSERVATION_FIELDS,
  // One publication prints one figure per country, indicator and wave (a second row would be a conflict
  // inside that publication); two publications of the same figure are two rows.
  primaryKey: ['country', 'indicator', 'year', 'source'],
  foreignKeys: [
    { fields: 'indicator', reference: { resource: 'indicators', fields: 'id' } },
    { fields: 'survey', reference: { resource: 'surveys', fields: 'id' } },
    { fields: 'source', reference: { resource: 'sources', fields: 'id' } },
  ],
  rows: (dataset, observations) => {
    const countries = new Map(dataset.countries.map((c) => [c.code, c.name]));
    const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    return observations.map((o) => {
      const indicator = indicators.get(o.indicator);
      const source = sources.get(o.sourceId);
      return {
        country: o.country,
        country_name: text(countries.get(o.country) ?? o.country),
        indicator: o.indicator,
        indicator_label: text(indicator?.label ?? o.indicator),
        survey: indicator?.surveyId ?? '',
        year: o.year,
        value: o.value,
        source: o.sourceId,
        source_title: source
          ? text(`${source.publisher}, ${source.title} (${source.year ?? 'undated'})`)
          : '',
        where: text(o.where),
        note: text(o.note),
        fit: o.fit ?? '',
        fit_note: text(o.fitNote),
      };
    });
  },
};

export const surveysTable: TableSpec<Dataset['surveys'][number]> = {
  name: 'surveys',
  path: 'surveys.csv',
  title: 'Surveys',
  description:
    'Who collected the figures: producer, base, question, fieldwork waves, method, published average.',
  primaryKey: ['id'],
  fields: [
    { name: 'id', type: 'string', description: 'Survey id.' },
    { name: 'title', type: 'string', description: 'Title of the survey.' },
    { name: 'short_title', type: 'string', description: 'Short title.' },
    { name: 'producer', type: 'string', description: 'Who ran the survey, for whom.' },
    { name: 'base', type: 'string', description: 'Who was asked (the base of the percentages).' },
    { name: 'question', type: 'string', description: 'Question wording, where published.' },
    { name: 'waves', type: 'string', description: 'Fieldwork years, separated by spaces.' },
    {
      name: 'reference',
      type: 'string',
      description: 'The average the survey published (e.g. EU27); empty: none.',
    },
    { name: 'url', type: 'string', description: 'Where the survey is described.' },
    { name: 'method', type: 'string', description: 'Sample, fieldwork and weighting, where published.' },
  ],
  rows: (_, surveys) =>
    surveys.map((s) => ({
      id: s.id,
      title: text(s.title),
      short_title: text(s.shortTitle),
      producer: text(s.producer),
      base: text(s.base),
      question: text(s.question),
      waves: s.waves.join(' '),
      reference: s.reference ?? '',
      url: text(s.url),
      method: text(s.method),
    })),
};

export const sourcesTable: TableSpec<Dataset['sources'][number]> = {
  name: 'sources',
  path: 'sources.csv',
  title: 'Publications',
  description: 'The publications the figures are printed in, in order of precedence.',
  primaryKey: ['id'],
  fields: [
    { name: 'id', type: 'string', description: 'Publication id (observations.csv: source).' },
    { name: 'title', type: 'string', description: 'Title.' },
    { name: 'publisher', type: 'string', description: 'Publisher or author.' },
    { name: 'year', type: 'year', description: 'Year of publication.' },
    { name: 'url', type: 'string', description: 'Where it can be read.' },
    { name: 'notes', type: 'string', description: 'Full citation and remarks.' },
  ],
  rows: (_, sources) =>
    sources.map((s) => ({
      id: s.id,
      title: text(s.title),
      publisher: text(s.publisher),
      year: s.year,
      url: text(s.url),
      notes: text(s.notes),
    })),
};

export const indicatorsTable: TableSpec<Dataset['indicators'][number]> = {
  name: 'indicators',
  path: 'indicators.csv',
  title: 'Indicators',
  description: 'What each indicator measures, and the survey that asked it.',
  primaryKey: ['id'],
  fields: [
    { name: 'id', type: 'string', description: 'Indicator id.' },
    { name: 'label', type: 'string', description: 'What it measures.' },
    { name: 'short_label', type: 'string', description: 'Short label.' },
    { name: 'unit', type: 'string', description: 'Unit of the values (percent).' },
    { name: 'description', type: 'string', description: 'Definition.' },
    { name: 'survey', type: 'string', description: 'Survey id (surveys.csv).' },
    { name: 'concept', type: 'string', description: 'What surveys ask alike share a concept.' },
  ],
  foreignKeys: [{ fields: 'survey', reference: { resource: 'surveys', fields: 'id' } }],
  rows: (_, indicators) =>
    indicators.map((i) => ({
      id: i.id,
      label: text(i.label),
      short_label: text(i.shortLabel),
      unit: i.unit,
      description: text(i.description),
      survey: i.surveyId,
      concept: i.concept,
    })),
};
