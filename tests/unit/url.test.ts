import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART_KINDS } from '../../src/data/chartRegistry';
import type { ViewState } from '../../src/data/view';
import { catalogOf } from '../../src/state/catalog';
import { describeDropped } from '../../src/state/droppedText';
import { chartKindOf, parseBrief, parseView, serializeBrief, serializeView } from '../../src/state/url';
import { catalog, index } from './fixtures';

const defaults: ViewState = {
  countries: ['FR', 'DE', 'DK', 'GR'],
  indicators: ['computer', 'internet', 'epr'],
  chart: 'surveys',
  profile: 'FR',
  time: 'latest',
  embed: false,
};

describe('catalogOf', () => {
  it('lists the non-aggregate countries, the epSOS ones and every indicator of the dataset', () => {
    expect(catalogOf(index)).toEqual(catalog);
  });
});

describe('parseView: defaults', () => {
  it('opens the epSOS countries, core indicators, All surveys and the France profile with no parameters', () => {
    expect(parseView('', catalog)).toEqual({ state: defaults, dropped: [] });
    expect(parseView('?', catalog)).toEqual({ state: defaults, dropped: [] });
  });

  it('fills countries and indicators from the defaults when only the chart is given', () => {
    const { state, dropped } = parseView('?chart=gap', catalog);
    expect(state.countries).toEqual(defaults.countries);
    expect(state.indicators).toEqual(defaults.indicators);
    expect(state.chart).toBe('gap');
    expect(dropped).toEqual([]);
  });
});

describe('parseView: sort (All surveys)', () => {
  it('reads sort=name in any case, writes it back, and leaves the default (latest) out', () => {
    const { state, dropped } = parseView('?chart=surveys&sort=NAME', catalog);
    expect(state.sort).toBe('name');
    expect(dropped).toEqual([]);
    expect(serializeView(state)).toContain('&sort=name');
    const latest = parseView('?chart=surveys&sort=latest', catalog).state;
    expect(latest.sort).toBeUndefined();
    expect(serializeView(latest)).not.toContain('sort=');
  });

  it('drops an unknown order with a notice', () => {
    const { state, dropped } = parseView('?chart=surveys&sort=value', catalog);
    expect(state.sort).toBeUndefined();
    expect(dropped).toEqual([{ parameter: 'sort', value: 'value', reason: 'expected name or latest' }]);
  });
});

describe('parseView: countries', () => {
  it('keeps the order the user wrote', () => {
    expect(parseView('?countries=DK,FR,DE', catalog).state.countries).toEqual(['DK', 'FR', 'DE']);
  });

  it('accepts lower- and mixed-case codes and writes them upper-case', () => {
    expect(parseView('?countries=fr,De,dK', catalog).state.countries).toEqual(['FR', 'DE', 'DK']);
  });

  it("maps Eurostat's EL to GR and UK to GB, in any case", () => {
    const { state, dropped } = parseView('?countries=EL,uk,fr', catalog);
    expect(state.countries).toEqual(['GR', 'GB', 'FR']);
    expect(dropped).toEqual([]);
  });

  it('drops an unknown code, names it, and keeps the rest of the list', () => {
    const { state, dropped } = parseView('?countries=FR,XX,DE', catalog);
    expect(state.countries).toEqual(['FR', 'DE']);
    expect(dropped).toEqual([{ parameter: 'countries', value: 'XX', reason: 'unknown country code' }]);
    expect(describeDropped(dropped[0] as (typeof dropped)[0])).toBe('Ignored unknown country code: XX');
  });

  it('drops EU27 from the selection: it is the reference, not a selectable country', () => {
    const { state, dropped } = parseView('?countries=EU27,FR', catalog);
    expect(state.countries).toEqual(['FR']);
    expect(dropped.map((d) => d.value)).toEqual(['EU27']);
  });

  it('drops a repeated code (also through an alias) and names it as repeated', () => {
    const { state, dropped } = parseView('?countries=FR,fr,GR,EL', catalog);
    expect(state.countries).toEqual(['FR', 'GR']);
    expect(dropped).toEqual([
      { parameter: 'countries', value: 'fr', reason: 'repeated country code' },
      { parameter: 'countries', value: 'EL', reason: 'repeated country code' },
    ]);
    expect(describeDropped(dropped[0] as (typeof dropped)[0])).toBe(
      'Ignored countries “fr”: repeated country code',
    );
  });

  it('ignores empty items and surrounding spaces', () => {
    const { state, dropped } = parseView('?countries=,FR,, DE ,', catalog);
    expect(state.countries).toEqual(['FR', 'DE']);
    expect(dropped).toEqual([]);
  });

  it('shortens a very long unknown value before echoing it', () => {
    const long = 'A'.repeat(500);
    const { dropped } = parseView(`?countries=${long}`, catalog);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]?.value).toBe(`${'A'.repeat(40)}…`);
  });
});

describe('chartKindOf (what the boot fetches ahead for a link)', () => {
  it('names the kind the way parseView reads it: any case, spaces around; null for anything else', () => {
    expect(chartKindOf(' Map ')).toBe('map');
    expect(chartKindOf('GAP')).toBe('gap');
    for (const kind of CHART_KINDS) expect(chartKindOf(kind)).toBe(kind);
    expect(chartKindOf('')).toBeNull();
    expect(chartKindOf('pie')).toBeNull();
    expect(chartKindOf('constructor')).toBeNull();
  });
});

describe('parseView: indicators, chart, profile, embed', () => {
  it('reads indicator ids case-insensitively, in order, and drops unknown ones by name', () => {
    const { state, dropped } = parseView('?indicators=EPR,broadband,nope,computer', catalog);
    expect(state.indicators).toEqual(['epr', 'broadband', 'computer']);
    expect(dropped).toEqual([{ parameter: 'indicators', value: 'nope', reason: 'unknown indicator' }]);
    expect(describeDropped(dropped[0] as (typeof dropped)[0])).toMatch(/^Ignored unknown indicator: nope/);
  });

  it('drops a malformed indicator id (markup, punctuation)', () => {
    const { state, dropped } = parseView(`?indicators=${encodeURIComponent('<b>x</b>,epr')}`, catalog);
    expect(state.indicators).toEqual(['epr']);
    expect(dropped.map((d) => [d.parameter, d.value])).toEqual([['indicators', '<b>x</b>']]);
  });

  it.each(CHART_KINDS)('accepts chart=%s', (kind) => {
    expect(parseView(`?chart=${kind}`, catalog).state.chart).toBe(kind);
  });

  it('accepts an upper-case chart kind', () => {
    expect(parseView('?chart=MAP', catalog).state.chart).toBe('map');
  });

  it('falls back to the default kind (All surveys) for an unknown chart and names it', () => {
    const { state, dropped } = parseView('?countries=FR&chart=pie', catalog);
    expect(state.chart).toBe('surveys');
    expect(state.countries).toEqual(['FR']);
    expect(dropped).toEqual([{ parameter: 'chart', value: 'pie', reason: 'unknown chart type' }]);
    expect(describeDropped(dropped[0] as (typeof dropped)[0])).toBe(
      'Ignored chart “pie”: unknown chart type',
    );
  });

  it('opens the profile named (case-insensitive, aliases mapped)', () => {
    expect(parseView('?profile=de', catalog).state.profile).toBe('DE');
    expect(parseView('?profile=EL', catalog).state.profile).toBe('GR');
  });

  it('closes the profile panel when the parameter is absent from a non-empty query', () => {
    expect(parseView('?countries=FR', catalog).state.profile).toBeNull();
    expect(parseView('?countries=FR&profile=', catalog)).toEqual({
      state: { ...defaults, countries: ['FR'], profile: null },
      dropped: [],
    });
  });

  it('drops an unknown profile country and names it', () => {
    const { state, dropped } = parseView('?profile=ZZ', catalog);
    expect(state.profile).toBeNull();
    expect(dropped).toEqual([{ parameter: 'profile', value: 'ZZ', reason: 'unknown country code' }]);
  });

  it('reads embed=1 / embed=true as embedded and embed=0 / false as not, silently', () => {
    expect(parseView('?embed=1', catalog)).toMatchObject({ state: { embed: true }, dropped: [] });
    expect(parseView('?embed=true', catalog)).toMatchObject({ state: { embed: true }, dropped: [] });
    expect(parseView('?embed=0', catalog)).toMatchObject({ state: { embed: false }, dropped: [] });
    expect(parseView('?embed=false', catalog)).toMatchObject({ state: { embed: false }, dropped: [] });
  });

  it('names any other embed value and does not embed', () => {
    const { state, dropped } = parseView('?embed=yes', catalog);
    expect(state.embed).toBe(false);
    expect(dropped).toEqual([{ parameter: 'embed', value: 'yes', reason: 'expected 1 or 0' }]);
  });

  it('names unknown parameters and still opens the rest of the view', () => {
    const { state, dropped } = parseView('?countries=DE&utm_source=mail&x=1', catalog);
    expect(state.countries).toEqual(['DE']);
    expect(dropped).toEqual([
      { parameter: 'utm_source', value: 'mail', reason: 'unknown parameter' },
      { parameter: 'x', value: '1', reason: 'unknown parameter' },
    ]);
    expect(describeDropped(dropped[0] as (typeof dropped)[0])).toBe('Ignored unknown parameter “utm_source”');
  });

  it('decodes percent-encoded values and keeps malformed escapes as unknown text', () => {
    expect(parseView('?countries=F%52%2CDE', catalog).state.countries).toEqual(['FR', 'DE']);
    const { state, dropped } = parseView('?countries=%zz,FR', catalog);
    expect(state.countries).toEqual(['FR']);
    expect(dropped).toEqual([{ parameter: 'countries', value: '%zz', reason: 'unknown country code' }]);
  });
});

describe('serializeView', () => {
  it('writes every parameter in canonical form, codes in the user order', () => {
    expect(
      serializeView({
        countries: ['DK', 'FR'],
        indicators: ['epr', 'computer'],
        chart: 'gap',
        profile: 'DK',
        time: 2007,
        embed: true,
      }),
    ).toBe('?countries=DK,FR&indicators=epr,computer&chart=gap&profile=DK&time=2007&embed=1');
  });

  it('leaves out profile and embed when closed / not embedded', () => {
    expect(serializeView({ ...defaults, profile: null })).toBe(
      '?countries=FR,DE,DK,GR&indicators=computer,internet,epr&chart=surveys',
    );
  });

  it('writes an empty selection explicitly, so it is not read back as the defaults', () => {
    const empty: ViewState = {
      countries: [],
      indicators: [],
      chart: 'table',
      profile: null,
      time: 'latest',
      embed: false,
    };
    expect(parseView(serializeView(empty), catalog)).toEqual({ state: empty, dropped: [] });
  });
});

describe('parseView: labels (values on marks, issue 25.5)', () => {
  it('reads labels=1 (or true), writes labels=1 back, and leaves the default (off) out', () => {
    const { state, dropped } = parseView('?chart=surveys&labels=1', catalog);
    expect(state.labels).toBe(true);
    expect(dropped).toEqual([]);
    expect(serializeView(state)).toContain('&labels=1');
    expect(parseView('?labels=true', catalog).state.labels).toBe(true);
    const off = parseView('?chart=surveys&labels=0', catalog);
    expect(off.state.labels).toBeUndefined();
    expect(off.dropped).toEqual([]);
    expect(serializeView(off.state)).not.toContain('labels=');
  });

  it('drops a malformed value with a notice', () => {
    const { state, dropped } = parseView('?labels=yes', catalog);
    expect(state.labels).toBeUndefined();
    expect(dropped).toEqual([{ parameter: 'labels', value: 'yes', reason: 'expected 1 or 0' }]);
  });
});

describe('URL codec properties', () => {
  const subset = (list: readonly string[]) =>
    fc.shuffledSubarray([...list]).chain((xs) => fc.shuffledSubarray(xs, { minLength: xs.length }));
  const validState: fc.Arbitrary<ViewState> = fc.record(
    {
      countries: subset(catalog.countries),
      indicators: subset(catalog.indicators),
      chart: fc.constantFrom(...CHART_KINDS),
      profile: fc.option(fc.constantFrom(...catalog.countries), { nil: null }),
      time: fc.constant('latest' as const),
      embed: fc.boolean(),
      labels: fc.constantFrom(true, undefined),
    },
    { requiredKeys: ['countries', 'indicators', 'chart', 'profile', 'time', 'embed'] },
  );

  it('parseView(serializeView(s)) restores every valid state exactly, dropping nothing', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = parseView(serializeView(state), catalog);
        expect(parsed.dropped).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  const hostile = fc.constantFrom(
    '%',
    '%zz',
    '%E0%A4%A',
    '&',
    '=',
    ',',
    '?',
    '#',
    '+',
    '<script>',
    '</script>',
    'countries',
    'indicators',
    'chart',
    'profile',
    'embed',
    'FR',
    'el',
    'uk',
    'EU27',
    'computer',
    'map',
    '\u0000',
    '\uD800',
    'ß',
    'İ',
  );
  const anyQuery = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc
      .array(fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 20 })
      .map((parts) => parts.join('')),
    fc
      .array(
        fc.tuple(
          fc.constantFrom('countries', 'indicators', 'chart', 'profile', 'embed', 'brief', 'x', ''),
          fc.array(fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 6 }),
        ),
        { maxLength: 6 },
      )
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v.join(',')}`).join('&')}`),
  );

  /** What is wrong with the parse of `search`, or null: plain checks, so 10 000 runs stay fast. */
  function violation(search: string): string | null {
    const { state, dropped } = parseView(search, catalog);
    if (!state.countries.every((c) => catalog.countries.includes(c))) return `country ${state.countries}`;
    if (!state.indicators.every((i) => catalog.indicators.includes(i)))
      return `indicator ${state.indicators}`;
    if (new Set(state.countries).size !== state.countries.length) return 'repeated country';
    if (new Set(state.indicators).size !== state.indicators.length) return 'repeated indicator';
    if (!(CHART_KINDS as readonly string[]).includes(state.chart)) return `chart ${state.chart}`;
    if (state.profile !== null && !catalog.countries.includes(state.profile))
      return `profile ${state.profile}`;
    if (typeof state.embed !== 'boolean') return 'embed';
    for (const d of dropped) {
      if (d.value.length > 41 || d.parameter.length > 41) return 'unshortened echo';
      if (typeof describeDropped(d) !== 'string') return 'describeDropped';
    }
    return null;
  }

  it('never throws on any string and returns only catalog codes, ids and a known chart kind', () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const problem = violation(search);
        if (problem !== null) throw new Error(`${problem} for ${JSON.stringify(search)}`);
      }),
      { numRuns: 10_000 },
    );
  }, 30_000);

  it('parseBrief never throws, opens only a country of the catalog, and names what it does not open', () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const { code, dropped } = parseBrief(search, catalog);
        if (code !== null && !catalog.countries.includes(code)) throw new Error(`brief ${code}`);
        if (code !== null && dropped.length > 0) throw new Error('a brief that opens drops nothing');
        const hasBrief = new URLSearchParams(search).has('brief');
        if (code === null && hasBrief && dropped.length !== 1) throw new Error('unnamed bad brief');
        if (!hasBrief && (code !== null || dropped.length > 0)) throw new Error('brief without brief=');
      }),
      { numRuns: 5_000 },
    );
  }, 30_000);
});

describe('parseView: time', () => {
  const timed = {
    ...catalog,
    indicators: [...catalog.indicators, 'cmwf_emr'],
    waves: new Map([...catalog.waves, ['cmwf_emr', [2006, 2009, 2012]]]),
  };
  it('reads a year in which a selected indicator has a wave, and latest, and writes it back', () => {
    const parsed = parseView('?indicators=computer,cmwf_emr&time=2009', timed);
    expect(parsed).toMatchObject({ state: { time: 2009 }, dropped: [] });
    expect(serializeView(parsed.state)).toMatch(/&time=2009$/);
    expect(parseView('?indicators=computer&time=latest', timed).state.time).toBe('latest');
    expect(serializeView(parseView('?indicators=computer&time=latest', timed).state)).not.toMatch(/time=/);
  });

  it.each([
    ['1850', 'none of the selected indicators has a survey wave in that year'],
    ['abc', 'expected a survey year or latest'],
    ['2009', 'none of the selected indicators has a survey wave in that year'],
  ])('drops time=%s and names it, opening the latest waves', (value, reason) => {
    const parsed = parseView(`?indicators=computer&time=${value}`, timed);
    expect(parsed.state.time).toBe('latest');
    expect(parsed.dropped).toEqual([{ parameter: 'time', value, reason }]);
    expect(describeDropped(parsed.dropped[0] as never)).toContain(value);
  });

  it('keeps the time of an Over time view, so it applies again on the other kinds', () => {
    expect(parseView('?indicators=cmwf_emr&chart=time&time=2012', timed).state).toMatchObject({
      chart: 'time',
      time: 2012,
    });
  });
});

describe('brief (the country brief link)', () => {
  it('opens the brief of a country of the dataset, in any case, with spaces and Eurostat aliases', () => {
    expect(parseBrief('?brief=FR', catalog)).toEqual({ code: 'FR', dropped: [] });
    expect(parseBrief('?brief=%20fr%20', catalog)).toEqual({ code: 'FR', dropped: [] });
    expect(parseBrief('?brief=el', catalog)).toEqual({ code: 'GR', dropped: [] });
    // Any country of the dataset, with or without a profile (its brief says none was written).
    expect(parseBrief('?brief=BE', catalog).code).toBe('BE');
  });

  it('opens no brief without the parameter', () => {
    expect(parseBrief('', catalog)).toEqual({ code: null, dropped: [] });
    expect(parseBrief('?profile=FR', catalog)).toEqual({ code: null, dropped: [] });
  });

  it.each([
    ['?brief=XX', 'XX', 'unknown country code', 'No country brief for “XX”: unknown country code'],
    [
      '?brief=EU27',
      'EU27',
      'a survey average, not a country, has no brief',
      'No country brief for “EU27”: a survey average, not a country, has no brief',
    ],
    ['?brief=', '', 'expected a country code', 'No country brief for “”: expected a country code'],
    ['?brief=%3Cb%3E', '<b>', 'unknown country code', 'No country brief for “<b>”: unknown country code'],
  ])('%s opens no brief and names the value', (search, value, reason, text) => {
    const brief = parseBrief(search, catalog);
    expect(brief).toEqual({ code: null, dropped: [{ parameter: 'brief', value, reason }] });
    expect(describeDropped(brief.dropped[0] as (typeof brief.dropped)[0])).toBe(
      `${text}; the dashboard opened instead`,
    );
  });

  it('a bad brief opens the default dashboard (France profile too) with the value named', () => {
    expect(parseView('?brief=XX', catalog)).toEqual({
      state: defaults,
      dropped: [{ parameter: 'brief', value: 'XX', reason: 'unknown country code' }],
    });
    expect(parseView('?brief=', catalog).dropped).toEqual([
      { parameter: 'brief', value: '', reason: 'expected a country code' },
    ]);
  });

  it('a bad brief beside other parameters keeps them', () => {
    const { state, dropped } = parseView('?brief=EU27&countries=DE&chart=gap', catalog);
    expect(state.countries).toEqual(['DE']);
    expect(state.chart).toBe('gap');
    expect(dropped.map((d) => d.parameter)).toEqual(['brief']);
  });

  it('a good brief is a known parameter (no notice) and is not part of the dashboard state', () => {
    expect(parseView('?brief=FR', catalog)).toEqual({ state: defaults, dropped: [] });
    expect(serializeView(parseView('?brief=FR', catalog).state)).not.toContain('brief');
  });

  it('writes one link form, which reads back as the same brief', () => {
    expect(serializeBrief('FR')).toBe('?brief=FR');
    for (const code of catalog.countries) expect(parseBrief(serializeBrief(code), catalog).code).toBe(code);
  });

  it('shortens a very long bad value before echoing it', () => {
    const { dropped } = parseBrief(`?brief=${'A'.repeat(200)}`, catalog);
    expect(dropped[0]?.value).toBe(`${'A'.repeat(40)}…`);
  });
});
