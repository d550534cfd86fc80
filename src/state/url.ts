import { CHART_KINDS } from '../data/chartRegistry';
import { normalizeCountryCode } from '../data/countryCodes';
import {
  type Catalog,
  type ChartKind,
  defaultView,
  ROW_SORTS,
  type RowSort,
  type TimeSelection,
  type ViewState,
} from '../data/view';

/** URL ⇄ view codec (docs/ARCHITECTURE.md §4). Pure: never throws, returns only known codes. */

export interface DroppedValue {
  parameter: string;
  value: string;
  reason: string;
}

export interface ParsedView {
  state: ViewState;
  dropped: DroppedValue[];
}

const KNOWN_PARAMETERS = new Set([
  'countries',
  'indicators',
  'chart',
  'profile',
  'time',
  'embed',
  'rank',
  'sort',
  'labels',
  'brief',
]);

/** The chart kind a `chart=` value names (any case, spaces around), or null. */
export function chartKindOf(raw: string): ChartKind | null {
  const candidate = raw.trim().toLowerCase();
  return (CHART_KINDS as readonly string[]).includes(candidate) ? (candidate as ChartKind) : null;
}

/** Longest value we echo back in a notice, so a hostile link cannot flood the page. */
const MAX_ECHO = 40;

export function shorten(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
}

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function parseList(
  parameter: string,
  raw: string,
  normalize: (v: string) => string,
  known: readonly string[],
  noun: string,
  dropped: DroppedValue[],
): string[] {
  const out: string[] = [];
  for (const value of splitList(raw)) {
    const code = normalize(value);
    if (!known.includes(code)) dropped.push({ parameter, value: shorten(value), reason: `unknown ${noun}` });
    else if (out.includes(code))
      dropped.push({ parameter, value: shorten(value), reason: `repeated ${noun}` });
    else out.push(code);
  }
  return out;
}

export function parseView(search: string, catalog: Catalog): ParsedView {
  const params = safeParams(search);
  const defaults = defaultView(catalog);
  const dropped: DroppedValue[] = [];
  const keys = [...new Set(params.keys())];
  for (const key of keys) {
    if (!KNOWN_PARAMETERS.has(key)) {
      dropped.push({
        parameter: shorten(key),
        value: shorten(params.get(key) ?? ''),
        reason: 'unknown parameter',
      });
      continue;
    }
    for (const extra of params.getAll(key).slice(1)) {
      dropped.push({
        parameter: key,
        value: shorten(extra),
        reason: 'repeated parameter (the first one is used)',
      });
    }
  }
  // A bad `brief=` opens the dashboard (a good one opens the brief instead: parseBrief) and is named.
  const brief = parseBrief(search, catalog);
  if (brief.code === null) dropped.push(...brief.dropped);
  // A link that names nothing else we know (e.g. only tracking parameters, or only a bad brief=)
  // opens the default view.
  if (!keys.some((k) => KNOWN_PARAMETERS.has(k) && k !== 'brief')) return { state: defaults, dropped };
  const countriesRaw = params.get('countries');
  const indicatorsRaw = params.get('indicators');
  const chartRaw = params.get('chart');
  const profileRaw = params.get('profile');
  const countries =
    countriesRaw === null
      ? defaults.countries
      : parseList(
          'countries',
          countriesRaw,
          normalizeCountryCode,
          catalog.countries,
          'country code',
          dropped,
        );
  const indicators =
    indicatorsRaw === null
      ? defaults.indicators
      : parseList(
          'indicators',
          indicatorsRaw,
          (v) => v.toLowerCase(),
          catalog.indicators,
          'indicator',
          dropped,
        );
  let chart: ChartKind = defaults.chart;
  if (chartRaw !== null) {
    const kind = chartKindOf(chartRaw);
    if (kind) chart = kind;
    else dropped.push({ parameter: 'chart', value: shorten(chartRaw), reason: 'unknown chart type' });
  }
  let profile: string | null = null;
  if (profileRaw !== null && profileRaw.trim() !== '') {
    const code = normalizeCountryCode(profileRaw);
    if (catalog.countries.includes(code)) profile = code;
    else dropped.push({ parameter: 'profile', value: shorten(profileRaw), reason: 'unknown country code' });
  }
  const time = parseTime(params.get('time'), indicators, catalog, dropped);
  const embedRaw = params.get('embed');
  const embed = embedRaw === '1' || embedRaw === 'true';
  if (embedRaw !== null && !embed && embedRaw !== '0' && embedRaw !== 'false') {
    dropped.push({ parameter: 'embed', value: shorten(embedRaw), reason: 'expected 1 or 0' });
  }
  const rank = parseRank(params.get('rank'), indicators, dropped);
  const sort = parseSort(params.get('sort'), dropped);
  const labelsRaw = params.get('labels');
  const labels = labelsRaw === '1' || labelsRaw === 'true';
  if (labelsRaw !== null && !labels && labelsRaw !== '0' && labelsRaw !== 'false') {
    dropped.push({ parameter: 'labels', value: shorten(labelsRaw), reason: 'expected 1 or 0' });
  }
  const state: ViewState = { countries, indicators, chart, profile, time, embed };
  if (rank) state.rank = rank;
  if (sort !== 'latest') state.sort = sort;
  if (labels) state.labels = true;
  return { state, dropped };
}

/**
 * `rank=` names the selected indicator that the ranking and the map draw. The first selected one is
 * the default and is not written; an indicator that is not selected is dropped with a notice.
 */
function parseRank(
  raw: string | null,
  indicators: readonly string[],
  dropped: DroppedValue[],
): string | null {
  if (raw === null || raw.trim() === '') return null;
  const id = raw.trim().toLowerCase();
  if (!indicators.includes(id)) {
    dropped.push({ parameter: 'rank', value: shorten(raw), reason: 'not one of the selected indicators' });
    return null;
  }
  return id === indicators[0] ? null : id;
}

/** `sort=name` or `sort=latest` (the default), any case. */
function parseSort(raw: string | null, dropped: DroppedValue[]): RowSort {
  if (raw === null || raw.trim() === '') return 'latest';
  const value = raw.trim().toLowerCase();
  if ((ROW_SORTS as readonly string[]).includes(value)) return value as RowSort;
  dropped.push({ parameter: 'sort', value: shorten(raw), reason: 'expected name or latest' });
  return 'latest';
}

/** `time=latest` or a year in which at least one selected indicator has a wave. */
function parseTime(
  raw: string | null,
  indicators: readonly string[],
  catalog: Catalog,
  dropped: DroppedValue[],
): TimeSelection {
  if (raw === null || raw.trim() === '' || raw.trim().toLowerCase() === 'latest') return 'latest';
  const text = raw.trim();
  if (!/^\d{4}$/.test(text)) {
    dropped.push({ parameter: 'time', value: shorten(raw), reason: 'expected a survey year or latest' });
    return 'latest';
  }
  const year = Number(text);
  if (!indicators.some((id) => catalog.waves.get(id)?.includes(year))) {
    dropped.push({
      parameter: 'time',
      value: shorten(raw),
      reason: 'none of the selected indicators has a survey wave in that year',
    });
    return 'latest';
  }
  return year;
}

export interface ParsedBrief {
  /** The country whose brief the link opens, or null: the dashboard opens. */
  code: string | null;
  /** A `brief=` value that names no country of the dataset (empty, unknown, an average). */
  dropped: DroppedValue[];
}

/**
 * `brief=CC` (any case, spaces around, Eurostat's EL / UK accepted): the printable brief of one
 * country of the dataset, instead of the dashboard. A survey average (EU27) or an unknown or empty
 * value names no country: the dashboard opens, with the value named in a notice (parseView).
 */
export function parseBrief(search: string, catalog: Catalog): ParsedBrief {
  const raw = safeParams(search).get('brief');
  if (raw === null) return { code: null, dropped: [] };
  const text = raw.trim();
  const drop = (reason: string): ParsedBrief => ({
    code: null,
    dropped: [{ parameter: 'brief', value: shorten(raw), reason }],
  });
  if (text === '') return drop('expected a country code');
  const code = normalizeCountryCode(text);
  if (catalog.countries.includes(code)) return { code, dropped: [] };
  if (/^EU\d{2}$/.test(code)) return drop('a survey average, not a country, has no brief');
  return drop('unknown country code');
}

/** The one link form of a country's brief: `?brief=FR`. */
export function serializeBrief(code: string): string {
  return `?brief=${encodeURIComponent(code)}`;
}

/** Canonical query string: every parameter written, codes upper-case in the user's order. */
export function serializeView(state: ViewState): string {
  const parts = [
    `countries=${state.countries.map(encodeURIComponent).join(',')}`,
    `indicators=${state.indicators.map(encodeURIComponent).join(',')}`,
    `chart=${state.chart}`,
  ];
  if (state.profile) parts.push(`profile=${encodeURIComponent(state.profile)}`);
  if (state.time !== 'latest') parts.push(`time=${state.time}`);
  if (state.rank && state.rank !== state.indicators[0] && state.indicators.includes(state.rank))
    parts.push(`rank=${encodeURIComponent(state.rank)}`);
  if (state.sort === 'name') parts.push('sort=name');
  if (state.labels) parts.push('labels=1');
  if (state.embed) parts.push('embed=1');
  return `?${parts.join('&')}`;
}
