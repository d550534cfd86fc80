import { type ComparisonCell, indexDataset } from '../../src/data/derive';
import {
  type Country,
  type Dataset,
  datasetSchema,
  type Indicator,
  type Observation,
  type Source,
  type Survey,
} from '../../src/data/schema';
import type { Catalog } from '../../src/data/view';

/** Small inline fixtures shared by the unit tests (not the real data files). */

export const sources: Source[] = [
  {
    id: 'epsos-fr',
    title: 'Country profile: France',
    publisher: 'epSOS project',
    year: 2010,
    url: 'http://www.epsos.eu/france.html',
    notes: null,
  },
  {
    id: 'empirica-2008',
    title: 'Benchmarking ICT use among GPs',
    publisher: 'empirica',
    year: 2008,
    url: null,
    notes: null,
  },
];

export const surveys: Survey[] = [
  {
    id: 'empirica-gp',
    title: 'Benchmarking ICT use among General Practitioners in Europe',
    shortTitle: 'empirica GP survey for the European Commission',
    shortName: 'empirica 2007',
    producer: 'empirica for the European Commission',
    base: 'GP practices',
    question: null,
    waves: [2007],
    reference: 'EU27',
    url: null,
    method: null,
  },
];

export const concepts = [
  { id: 'computer-use', label: 'Computer use' },
  { id: 'internet-access', label: 'Internet access' },
  { id: 'electronic-records', label: 'Electronic records' },
  { id: 'broadband', label: 'Broadband' },
];

const indicator = (id: string, label: string, shortLabel: string, concept: string): Indicator => ({
  id,
  label,
  shortLabel,
  unit: 'percent',
  description: `${label}.`,
  surveyId: 'empirica-gp',
  concept,
});

export const indicators: Indicator[] = [
  indicator('computer', 'GP practices using a computer', 'Computer use', 'computer-use'),
  indicator('internet', 'GP practices with Internet access', 'Internet access', 'internet-access'),
  indicator(
    'epr',
    'GPs storing administrative patient data electronically (ePR)',
    'Electronic patient record',
    'electronic-records',
  ),
  indicator('broadband', 'GP practices with broadband Internet', 'Broadband', 'broadband'),
];

export const countries: Country[] = [
  { code: 'FR', name: 'France', isoNumeric: '250', epsos: true },
  { code: 'DE', name: 'Germany', isoNumeric: '276', epsos: true },
  { code: 'DK', name: 'Denmark', isoNumeric: '208', epsos: true },
  { code: 'GR', name: 'Greece', isoNumeric: '300', epsos: true },
  { code: 'GB', name: 'United Kingdom', isoNumeric: '826' },
  { code: 'BE', name: 'Belgium', isoNumeric: '056' },
  { code: 'EU27', name: 'EU27 average', aggregate: true },
];

const obs = (
  country: string,
  ind: string,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation => ({
  country,
  indicator: ind,
  year: 2007,
  value,
  sourceId: 'empirica-2008',
  note: value === null ? 'not published' : null,
  ...extra,
});

export const observations: Observation[] = [
  obs('FR', 'computer', 82.8, { sourceId: 'epsos-fr' }),
  obs('FR', 'internet', 72.3, { sourceId: 'epsos-fr' }),
  obs('FR', 'epr', 74.2, { sourceId: 'epsos-fr' }),
  obs('EU27', 'computer', 87.4, { sourceId: 'epsos-fr' }),
  obs('EU27', 'internet', 68.8, { sourceId: 'epsos-fr' }),
  obs('EU27', 'epr', 79.5, { sourceId: 'epsos-fr' }),
  obs('EU27', 'computer', 87),
  obs('EU27', 'broadband', 48),
  obs('DE', 'computer', 94.5),
  obs('DE', 'internet', 68.8),
  obs('DE', 'epr', 90),
  obs('DK', 'computer', 99),
  obs('DK', 'internet', 96.5),
  obs('DK', 'epr', 99),
  obs('GR', 'computer', 66),
  obs('GR', 'epr', null),
  obs('BE', 'computer', 94.5),
  obs('BE', 'internet', 78),
];

/** A Dataset literal checked against the contract's zod schema, so fixture drift fails loudly. */
export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return datasetSchema.parse({
    schemaVersion: 2,
    surveys,
    concepts,
    sources,
    indicators,
    countries,
    observations,
    ...overrides,
  });
}

export const dataset = makeDataset();
export const index = indexDataset(dataset);

export const catalog: Catalog = {
  countries: ['FR', 'DE', 'DK', 'GR', 'GB', 'BE'],
  epsosCountries: ['FR', 'DE', 'DK', 'GR'],
  indicators: ['computer', 'internet', 'epr', 'broadband'],
  coreIndicators: ['computer', 'internet', 'epr'],
  waves: new Map([
    ['computer', [2007]],
    ['internet', [2007]],
    ['epr', [2007]],
    ['broadband', [2007]],
  ]),
};

/** A comparison cell literal with sensible defaults. */
export function cell(
  partial: Partial<ComparisonCell> & { country: string; indicator: string },
): ComparisonCell {
  return {
    countryName: partial.country,
    indicatorLabel: partial.indicator,
    value: null,
    year: 2007,
    sourceId: 'empirica-2008',
    sourceIds: ['empirica-2008'],
    where: null,
    note: null,
    conflicts: [],
    referenceCode: 'EU27',
    referenceValue: null,
    gap: null,
    otherWaves: [],
    ...partial,
  };
}
