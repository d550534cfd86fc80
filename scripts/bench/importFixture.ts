import type { Dataset } from '../../src/data/schema';

/**
 * A large CSV of "an analyst's own figures" for the import benchmark: `rows` rows over the real
 * dataset's countries, made-up indicators `bench_1…` and years, written the way much of Europe
 * writes CSV (`;` separator, decimal commas, a quoted note with a `;` in it, CRLF line ends).
 * Every row is valid and (country, indicator, year) never repeats. Built in memory, never shipped.
 */
export function importFixture(base: Dataset, rows: number): string {
  const countries = base.countries.filter((c) => !c.aggregate).map((c) => c.code);
  const lines = ['country;indicator;year;value;source;note'];
  const years = 30; // 1995–2024
  for (let i = 0; lines.length <= rows; i++) {
    const country = countries[i % countries.length];
    const cell = Math.floor(i / countries.length);
    const year = 1995 + (cell % years);
    const indicator = `bench_${Math.floor(cell / years) + 1}`;
    const value = ((i * 37) % 1000) / 10;
    const note = i % 10 === 0 ? '"survey; weighted"' : '';
    lines.push(`${country};${indicator};${year};${String(value).replace('.', ',')};Bench fixture;${note}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
