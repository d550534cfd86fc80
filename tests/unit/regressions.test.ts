import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../scripts/lib/parseProfile';
import { type EuropeGeometry, mapLayout } from '../../src/charts/map/layout';
import { readObservationRows } from '../../src/data/observationRows';
import { embedSnippet } from '../../src/share/embed';
import { parseView } from '../../src/state/url';
import { catalog } from './fixtures';

/** Bugs found by the unit-test sweep, each pinned by the behaviour that was wrong. */

const options = {
  countries: new Set(['FR', 'EU27']),
  indicators: new Set(['computer']),
  defaultSourceId: 'empirica-2008',
  lenient: false,
};

describe('readObservationRows regressions', () => {
  it('rejects a row with more cells than the header instead of dropping the extra (82,8 unquoted)', () => {
    const { rows, problems } = readObservationRows(
      'country,indicator,year,value\nFR,computer,2007,82,8',
      options,
    );
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ line: 2, message: expect.stringContaining('5 cells but the header has 4') }]);
  });

  it('rejects years outside the contract range 1990–2100 with the line number', () => {
    const { rows, problems } = readObservationRows(
      'country,indicator,year,value\nFR,computer,1850,82\nFR,computer,2007,82.8',
      options,
    );
    expect(rows.map((r) => r.year)).toEqual([2007]);
    expect(problems).toEqual([{ line: 2, message: 'year 1850 is outside 1990–2100' }]);
  });
});

describe('parseView regressions', () => {
  it('names a repeated parameter instead of silently using only the first', () => {
    const { state, dropped } = parseView('?countries=FR&countries=DE', catalog);
    expect(state.countries).toEqual(['FR']);
    expect(dropped).toEqual([
      { parameter: 'countries', value: 'DE', reason: 'repeated parameter (the first one is used)' },
    ]);
  });

  it('opens the default view, profile included, for a link with only unknown parameters', () => {
    const defaults = parseView('', catalog).state;
    const { state, dropped } = parseView('?utm_source=newsletter', catalog);
    expect(state).toEqual(defaults);
    expect(dropped.map((d) => d.parameter)).toEqual(['utm_source']);
  });
});

describe('embedSnippet regression', () => {
  it('keeps the canonical commas and replaces an embed parameter already there', () => {
    const snippet = embedSnippet('https://x.example/?countries=FR,DE&chart=bars&embed=0');
    expect(snippet).toContain('src="https://x.example/?countries=FR,DE&amp;chart=bars&amp;embed=1"');
    expect(snippet.match(/embed=/g)).toHaveLength(1);
  });
});

describe('parseProfile regressions', () => {
  const profile = (services: string) =>
    [
      '---\ncountry: FR\nname: France\n---',
      '## Health system\nText. [1]',
      '## eHealth strategy and bodies\nText. [1]',
      `## Key national eHealth services\n${services}`,
      '## Legal framework\nText. [1]',
      '## In epSOS\nText. [1]',
      '## Sources\n1. [A source](https://example.org/)',
    ].join('\n\n');
  const countries = new Map([['FR', 'France']]);

  it('reports a Markdown table instead of showing its pipes as text', () => {
    const { problems } = parseProfile({
      file: 'FR.md',
      text: profile('| a | b |\n|---|---|\n| 1 | 2 | [1]'),
      countries,
    });
    expect(problems).toContain('FR.md: unsupported Markdown block "table"');
  });

  it('reports a nested list instead of dropping its text', () => {
    const { problems } = parseProfile({
      file: 'FR.md',
      text: profile('- Act of 2002 [1]\n  - nested detail'),
      countries,
    });
    expect(problems).toContain(
      'FR.md: unsupported Markdown inside a list item: "list" (nested lists are not supported)',
    );
  });
});

describe('mapLayout regression', () => {
  const square: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [2, 46],
          [2, 48],
          [4, 48],
          [4, 46],
          [2, 46],
        ],
      ],
    ],
  };
  const geometry: EuropeGeometry = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: square, properties: { isoNumeric: '250', name: 'France' } }],
  };

  it('keeps legend classes within 0–100 when no country has a value', () => {
    const layout = mapLayout({
      geometry,
      cells: [],
      isoToCountry: new Map([['250', 'FR']]),
      selected: [],
      width: 400,
    });
    expect(layout.legend[0]?.from).toBe(0);
    expect(layout.legend.at(-1)?.to).toBe(100);
  });
});
