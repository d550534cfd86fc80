import { expect } from 'vitest';
import { buildDataset, DataBuildError, type DataInput } from '../../scripts/lib/buildDataset';
import { concepts, countries, indicators, sources, surveys } from './fixtures';

/** The data build's input made of the inline fixtures (not the real data files), for build tests. */
export function fixtureInput(overrides: Partial<DataInput> = {}): DataInput {
  return {
    surveys: { file: 'data/surveys.json', text: JSON.stringify(surveys) },
    concepts: { file: 'data/concepts.json', text: JSON.stringify(concepts) },
    sources: { file: 'data/sources/SOURCES.json', text: JSON.stringify(sources) },
    indicators: { file: 'data/indicator-definitions.json', text: JSON.stringify(indicators) },
    countries: { file: 'data/countries.json', text: JSON.stringify(countries) },
    csvFiles: [],
    ...overrides,
  };
}

/** Runs buildDataset expecting a DataBuildError; returns its problems. */
export function buildProblems(data: DataInput): string[] {
  try {
    buildDataset(data);
  } catch (error) {
    expect(error).toBeInstanceOf(DataBuildError);
    return (error as DataBuildError).problems;
  }
  throw new Error('buildDataset did not fail');
}
