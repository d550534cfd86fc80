import { csvFormat } from 'd3-dsv';
import { isImportedIndicator } from '../data/ownIds';
import type { Dataset, Observation } from '../data/schema';
import { packageReadme } from './packageReadme';
import {
  type FieldSpec,
  indicatorsTable,
  observationsTable,
  sourcesTable,
  surveysTable,
  type TableSpec,
} from './packageTables';

/**
 * The dataset (or the part a view shows) as a Frictionless Data Package: datapackage.json, four CSV
 * tables and a README. Pure: the same input gives the same files, in Node at build time and in the
 * browser for a view.
 */

export interface PackageFile {
  path: string;
  text: string;
}

export interface PackageOptions {
  /** Package name: lower-case letters, digits, '.', '_' and '-'. */
  name: string;
  title: string;
  description: string;
  citation: string;
  /** Only these observations (a view's), and the surveys, publications and indicators they use. */
  observations?: readonly Observation[];
  created: Date;
  /** The page of the package: the view's link, or the dashboard's address for the full package. */
  homepage?: string;
  /** The dashboard's address, for the publisher in `contributors`; none when unknown. */
  dashboard?: string;
}

export const PACKAGE_NAME_PATTERN = /^[a-z0-9._-]+$/;

/** A package name from free text: lower-case, runs of other characters become '-'. */
export function packageName(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'epsos-indicators'
  );
}

export const LICENSE = {
  name: 'other-at',
  title:
    'Figures as published by the sources listed (their terms apply); the compilation may be reused with attribution to epSOS Indicators and to each source.',
} as const;

function csv(fields: readonly FieldSpec[], rows: Record<string, string | number | null>[]): string {
  return `${csvFormat(
    rows,
    fields.map((f) => f.name),
  )}\n`;
}

/** The dataset cut to the given observations and what they refer to. */
export function subsetDataset(dataset: Dataset, observations: readonly Observation[]): Dataset {
  const indicatorIds = new Set(observations.map((o) => o.indicator));
  const indicators = dataset.indicators.filter((i) => indicatorIds.has(i.id));
  const surveyIds = new Set(indicators.map((i) => i.surveyId));
  const sourceIds = new Set(observations.map((o) => o.sourceId));
  return {
    ...dataset,
    surveys: dataset.surveys.filter((s) => surveyIds.has(s.id)),
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    indicators,
    observations: [...observations],
  };
}

function resource<Row>(table: TableSpec<Row>) {
  return {
    name: table.name,
    path: table.path,
    profile: 'tabular-data-resource',
    title: table.title,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: table.fields.map((f) => ({ name: f.name, type: f.type, description: f.description })),
      missingValues: [''],
      primaryKey: table.primaryKey,
      ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
    },
  };
}

/** Who composed the package: epSOS Indicators, and you where the package holds your own data. */
export function packageContributors(data: Dataset, dashboard: string | undefined) {
  return [
    { title: 'epSOS Indicators', role: 'publisher', ...(dashboard ? { path: dashboard } : {}) },
    ...(data.indicators.some((i) => isImportedIndicator(i.id))
      ? [{ title: 'You (your own data, imported in your browser)', role: 'contributor' }]
      : []),
  ];
}

export function buildDataPackage(dataset: Dataset, options: PackageOptions): PackageFile[] {
  if (!PACKAGE_NAME_PATTERN.test(options.name)) throw new Error(`Invalid package name: ${options.name}`);
  const data = options.observations ? subsetDataset(dataset, options.observations) : dataset;
  const descriptor = {
    profile: 'tabular-data-package',
    name: options.name,
    title: options.title,
    description: options.description,
    ...(options.homepage ? { homepage: options.homepage } : {}),
    // The data's version is the day it was built: the same in the full package and a view's.
    ...(data.built ? { version: data.built } : {}),
    created: options.created.toISOString(),
    contributors: packageContributors(data, options.dashboard),
    licenses: [LICENSE],
    sources: data.sources.map((s) => ({
      title: `${s.publisher}, ${s.title} (${s.year})`,
      ...(s.url ? { path: s.url } : {}),
    })),
    resources: [
      resource(observationsTable),
      resource(surveysTable),
      resource(sourcesTable),
      resource(indicatorsTable),
    ],
  };
  return [
    { path: 'datapackage.json', text: `${JSON.stringify(descriptor, null, 2)}\n` },
    {
      path: observationsTable.path,
      text: csv(observationsTable.fields, observationsTable.rows(data, data.observations)),
    },
    { path: surveysTable.path, text: csv(surveysTable.fields, surveysTable.rows(data, data.surveys)) },
    { path: sourcesTable.path, text: csv(sourcesTable.fields, sourcesTable.rows(data, data.sources)) },
    {
      path: indicatorsTable.path,
      text: csv(indicatorsTable.fields, indicatorsTable.rows(data, data.indicators)),
    },
    { path: 'README.md', text: packageReadme(data, options) },
  ];
}
