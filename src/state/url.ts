import { normalizeCountryCode } from '../data/countryCodes';
import {
  type Catalog,
  CHART_KINDS,
  type ChartKind,
  defaultView,
  type TimeSelection,
  type ViewState,
} from './view';

/** URL ⇄ view codec (ARCHITECTURE.md §4). Pure: never throws, returns only known codes. */

export interface DroppedValue {
  parameter: string;
  value: string;
  reason: string;
}

export interface ParsedView {
  state: ViewState;
  dropped: DroppedValue[];
}

const KNOWN_PARAMETERS = new Set(['countries', 'indicators', 'chart', 'profile', 'time', 'embed']);

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
  // A link that names nothing we know (e.g. only tracking parameters) opens the default view.
  if (!keys.some((k) => KNOWN_PARAMETERS.has(k))) return { state: defaults, dropped };
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
  return { state: { countries, indicators, chart, profile, time, embed }, dropped };
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

/** Canonical query string: every parameter written, codes upper-case in the user's order. */
export function serializeView(state: ViewState): string {
  const parts = [
    `countries=${state.countries.map(encodeURIComponent).join(',')}`,
    `indicators=${state.indicators.map(encodeURIComponent).join(',')}`,
    `chart=${state.chart}`,
  ];
  if (state.profile) parts.push(`profile=${encodeURIComponent(state.profile)}`);
  if (state.time !== 'latest') parts.push(`time=${state.time}`);
  if (state.embed) parts.push('embed=1');
  return `?${parts.join('&')}`;
}

/**
 * A value from a link as a notice may echo it: control and bidi characters (U+202E would reverse
 * the sentence around it) shown as their code, and at most `max` characters.
 */
export function visibleText(value: string, max = 60): string {
  const shown = value.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to show as codes.
    /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

export function describeDropped(d: DroppedValue): string {
  const value = visibleText(d.value);
  switch (d.reason) {
    case 'unknown parameter':
      return `Ignored unknown parameter “${visibleText(d.parameter)}”`;
    case 'unknown country code':
      return `Ignored unknown country code: ${value}`;
    case 'unknown indicator':
      return `Ignored unknown indicator: ${value} (not in this dataset; data you imported stays in the browser where it was loaded)`;
    default:
      return `Ignored ${visibleText(d.parameter)} “${value}”: ${d.reason}`;
  }
}
