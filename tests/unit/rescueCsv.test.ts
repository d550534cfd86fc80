import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from '../../src/data/spreadsheetSafe';
import { importRows } from '../../src/import/importsCsv';
import { parseImport } from '../../src/import/parseImport';
import { rescueCsv } from '../../src/import/StorageNotice';
import { dataset } from './fixtures';

/**
 * Issue 26: the CSV offered when a save fails goes through the per-cell writer of every export. A
 * line regex kept `=HYPERLINK(…)` live inside quotes and turned the note `a,=b` into `a,'=b`.
 */
const NOW = new Date('2026-12-01T10:00:00.000Z');
const source = [
  'country,indicator,year,value,note,label,source',
  'FR,links,2020,40,"=HYPERLINK(""http://x.test"",""go"")",@Links,+Report 2020',
  'DE,links,2020,50,"a,=b",,',
  'DK,links,2021,12.5,-plain note,,',
  'DE,links,2021,,"tab\tinside",,',
].join('\n');

function imported() {
  const result = parseImport(source, 'hostile.csv', dataset, NOW);
  if (!result.data) throw new Error(result.refused ?? 'no data');
  return result.data;
}

describe('rescueCsv', () => {
  it('each text cell through spreadsheetSafe, commas and quotes kept as written', () => {
    const data = imported();
    const cells = csvParse(rescueCsv([data]));
    const rows = importRows([data]);
    expect(cells.length).toBe(rows.length);
    rows.forEach((row, i) => {
      for (const [column, text] of Object.entries(row))
        expect(cells[i]?.[column]).toBe(spreadsheetSafe(text));
    });
    const notes = cells.map((c) => c.note);
    expect(notes).toContain(`'=HYPERLINK("http://x.test","go")`);
    expect(notes).toContain('a,=b');
    expect(notes).toContain("'-plain note");
    // No cell of the file starts a formula.
    for (const c of cells) for (const text of Object.values(c)) expect(text ?? '').not.toMatch(/^[=+@]/);
  });

  it('round trip: Add data reads the rescue CSV back to the same figures', () => {
    const data = imported();
    const again = parseImport(rescueCsv([data]), 'rescued.csv', dataset, NOW).data;
    const figures = (d: typeof data) =>
      d.observations.map((o) => [o.country, o.indicator, o.year, o.value]).sort();
    expect(again && figures(again)).toEqual(figures(data));
    // Text cells come back as the spreadsheet keeps them: with the apostrophe only where one was needed.
    expect(again?.observations.map((o) => o.note).sort()).toEqual(
      data.observations.map((o) => (o.note === null ? null : spreadsheetSafe(o.note))).sort(),
    );
  });
});
