import { describe, expect, it } from 'vitest';
import { importFixture } from '../../scripts/bench/importFixture';
import { viewNotes } from '../../src/charts/viewNotes';
import { indexDataset } from '../../src/data/derive';
import { MAX_PANEL_MARKS, rowsWithinMarks, type SurveyRow } from '../../src/data/surveyPanels';
import type { ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { mergeChecked, parseImport } from '../../src/import/parseImport';
import { realIndex } from './realDataset';

/**
 * Issue 26: a 50,000-row import drew 5,700 marks in one panel of All surveys and Over time (35,000 SVG
 * elements, seconds of style and layout). A panel draws at most MAX_PANEL_MARKS marks, whole
 * countries in the user's order, and the chart's notes name the countries left out.
 */
const row = (code: string, points: number): SurveyRow => ({
  code,
  name: code,
  reference: false,
  surveyId: null,
  items: [{ indicator: 'x', points: Array.from({ length: points }, () => ({}) as never) }],
});

describe('marks per panel', () => {
  it('keeps rows in order while their marks fit, the first one always', () => {
    const rows = [row('A', 300), row('B', 150), row('C', 100), row('D', 1)];
    expect(rowsWithinMarks(rows, 500).drawn.map((r) => r.code)).toEqual(['A', 'B']);
    expect(rowsWithinMarks(rows, 500).left.map((r) => r.code)).toEqual(['C', 'D']);
    expect(rowsWithinMarks(rows, 100).drawn.map((r) => r.code)).toEqual(['A']);
    expect(rowsWithinMarks(rows, 551).left).toEqual([]);
  });

  const base = realIndex.dataset;
  const result = parseImport(importFixture(base, 50_000), 'large.csv', base);
  if (!result.data) throw new Error(result.refused ?? 'no data');
  const index = indexDataset(mergeChecked(base, [result.data]));
  const own = result.data.indicators.slice(0, 6).map((i) => i.id);
  const countries = base.countries.filter((c) => !c.aggregate).map((c) => c.code);
  const view = (chart: ViewState['chart']): ViewState => ({
    chart,
    indicators: own,
    countries,
    profile: null,
    time: 'latest',
    embed: false,
  });

  for (const chart of ['surveys', 'time'] as const) {
    it(`${chart}: a 50,000-row import draws at most ${MAX_PANEL_MARKS} marks per panel and names the rest`, () => {
      const model = buildViewModel(index, view(chart));
      const [panel] = model.surveyPanels;
      if (!panel) throw new Error('no panel');
      const marks = [...panel.references, ...panel.rows].reduce(
        (n, r) => n + r.items.reduce((m, item) => m + item.points.length, 0),
        0,
      );
      expect(marks).toBeLessThanOrEqual(MAX_PANEL_MARKS);
      expect(panel.rows.length).toBeGreaterThan(0);
      // Every country with figures is drawn or named, in the user's order.
      expect([...panel.rows, ...panel.notDrawn].map((r) => r.code)).toEqual(
        countries.filter((c) => index.series.has(`${c}|${own[0]}`)),
      );
      const note = viewNotes(model).find((n) => n.includes('not drawn'));
      expect(note).toBe(
        `Your data, not drawn (too many figures for one panel; the table has them all): ${panel.notDrawn.map((c) => c.name).join(', ')}.`,
      );
    });
  }

  it('no view of the published data leaves a country out (all countries, every indicator)', () => {
    const every = realIndex.dataset.indicators.map((i) => i.id);
    for (const chart of ['surveys', 'time'] as const) {
      const model = buildViewModel(realIndex, {
        ...view(chart),
        indicators: every,
        countries: realIndex.dataset.countries.map((c) => c.code),
      });
      expect(model.surveyPanels.flatMap((p) => p.notDrawn)).toEqual([]);
    }
  });
});
