import { describe, expect, it } from 'vitest';
import { markTitle } from '../../src/charts/shared/format';
import { legendItems } from '../../src/charts/shared/legendItems';
import { tooltipLines } from '../../src/charts/shared/tooltip';
import { viewNotes } from '../../src/charts/viewNotes';
import { isolate } from '../../src/data/bidi';
import { CHART_KINDS } from '../../src/data/chartRegistry';
import { indexDataset } from '../../src/data/derive';
import type { ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { mergeChecked, parseImport } from '../../src/import/parseImport';
import { realIndex } from './realDataset';

/**
 * Issue 26.7: an own label (here with an unclosed U+202E, which reverses everything after it up to
 * the end of its paragraph) is isolated (FSI … PDI) in every text a chart builds around it: legends,
 * tooltips, mark titles and notes, on every chart kind, so it reorders only itself.
 */
const LABEL = 'Tablets \u202Eevil';
const base = realIndex.dataset;
const imported = parseImport(
  `country,indicator,year,value,label\nFR,rlo,2020,40,${LABEL}\nDE,rlo,2020,50,${LABEL}\nFR,rlo,2018,30,${LABEL}\n`,
  'rlo.csv',
  base,
);
if (!imported.data) throw new Error(imported.refused ?? 'no data');
const index = indexDataset(mergeChecked(base, [imported.data]));
const own = imported.data.indicators[0]?.id ?? '';

/** Each occurrence of the label in `text` stands between FSI and PDI. */
function isolatedIn(text: string): boolean {
  const bare = text.split(isolate(LABEL)).join('');
  return !bare.includes('Tablets');
}

describe('own labels isolated in what charts write', () => {
  for (const chart of CHART_KINDS) {
    it(`${chart}: legend, notes, tooltips and mark titles`, () => {
      const view: ViewState = {
        chart,
        indicators: [own, 'computer'],
        countries: ['FR', 'DE'],
        profile: null,
        time: 'latest',
        embed: false,
      };
      const model = buildViewModel(index, view);
      const texts = [
        ...legendItems(model, new Map()).map((i) => i.label),
        ...viewNotes(model),
        ...model.dataCells.flatMap((cell) => [...tooltipLines(index, cell), markTitle(cell)]),
      ];
      const withLabel = texts.filter((t) => t.includes('Tablets'));
      expect(withLabel.length).toBeGreaterThan(0);
      for (const text of withLabel) expect(isolatedIn(text), text).toBe(true);
    });
  }
});
