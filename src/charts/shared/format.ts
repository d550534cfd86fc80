import { ownText } from '../../data/bidi';

/** One decimal, as d3-format's '.1f' writes it (toFixed), with a real minus sign, none on a zero. */
function oneDecimal(value: number): string {
  const digits = Math.abs(value).toFixed(1);
  return `${value < 0 && Number(digits) !== 0 ? '−' : ''}${digits}`;
}
const signedOneDecimal = (value: number) => `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(1)}`;

/** A percentage as published: 82.8 stays 82.8, 65 stays 65. */
export function formatValue(value: number | null): string {
  if (value === null) return 'no data';
  return Number.isInteger(value) ? String(value) : oneDecimal(value);
}

export function formatPercent(value: number | null): string {
  return value === null ? 'no data' : `${formatValue(value)} %`;
}

/** Percentage points with a sign, with a real minus sign: −4.6, +3.5, 0.0. */
export function formatGap(gap: number | null): string {
  if (gap === null) return 'no data';
  if (gap === 0) return '0.0';
  return signedOneDecimal(gap);
}

/** "no data for 2012; 2009: 72 %, 2006: 60 %" — the wave shown, and what other waves hold. */
export function noDataText(p: {
  year: number | null;
  otherWaves?: readonly { year: number; value: number }[];
}): string {
  const head = p.year === null ? 'no data' : `no data for ${p.year}`;
  const others = (p.otherWaves ?? [])
    .slice()
    .sort((a, b) => b.year - a.year)
    .map((w) => `${w.year}: ${formatPercent(w.value)}`);
  return others.length > 0 ? `${head}; ${others.join(', ')}` : head;
}

export function markTitle(p: {
  countryName: string;
  /** The indicator's id: the reader's own label is isolated (src/data/bidi.ts). */
  indicator?: string;
  indicatorLabel: string;
  value: number | null;
  year: number | null;
  note?: string | null;
  otherWaves?: readonly { year: number; value: number }[];
}): string {
  const label = ownText(p.indicator ?? '', p.indicatorLabel);
  if (p.value === null) return `${p.countryName} — ${label}: ${noDataText(p)}${p.note ? ` (${p.note})` : ''}`;
  return `${p.countryName} — ${label}: ${formatPercent(p.value)}${p.year ? ` (${p.year})` : ''}`;
}
