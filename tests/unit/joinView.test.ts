import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportedData } from '../../src/data/importedData';
import type { Dataset } from '../../src/data/schema';
import { useImportStore } from '../../src/import/importStore';
import { joinLanded, waitToJoin } from '../../src/import/joinView';
import { firstWithValue } from '../../src/import/parseImport';
import { selectionWithImport } from '../../src/state/importView';
import { useViewStore } from '../../src/state/store';
import { parseView } from '../../src/state/url';
import { realCatalog, realIndex } from './realDataset';

/** Issue 26: an import joins the view when its merge lands, in one step, never before. */

const base: Dataset = realIndex.dataset;
const observation = (country: string, indicator: string, value: number | null) => ({
  country,
  indicator,
  year: 2021,
  value,
  sourceId: 'my-src',
  where: 'a.csv, line 2',
  note: null,
});
const data = (id: string, rows: ReturnType<typeof observation>[]): ImportedData => ({
  id,
  fileName: `${id}.csv`,
  importedAt: '2026-01-01T00:00:00.000Z',
  indicators: [...new Set(rows.map((r) => r.indicator))].map((i) => ({
    id: i,
    label: `Label of ${i}`,
    shortLabel: i,
    unit: 'percent' as const,
    description: 'Imported',
    surveyId: `my-${id}`,
    concept: 'own-data',
  })),
  sources: [],
  observations: rows,
});
const join = (d: ImportedData) => ({
  importId: d.id,
  indicators: d.indicators,
  firstWithValue: firstWithValue(d.observations),
});
const a = data('a', [
  observation('FR', 'my_a', 61),
  observation('IT', 'my_a', null),
  observation('EU27', 'my_a', 50),
  observation('SK', 'my_a', 34),
  observation('IT', 'my_a', 40),
]);
const b = data('b', [observation('PT', 'my_b', 12)]);

beforeEach(() => {
  useViewStore
    .getState()
    .restore(parseView('?countries=FR,DE&indicators=computer&chart=bars', realCatalog).state);
  // Nothing left waiting from the test before: a merge of no import lands every wait.
  useImportStore.setState({ imports: [] });
  joinLanded([], [], base);
  useImportStore.setState({
    imports: [a, b],
    report: { fileName: 'a.csv', loaded: 5, rejected: [], refused: null, shown: null, importId: 'a' },
  });
});

describe('an import joins the view when its merge lands', () => {
  it('the first row with a value per indicator and country gives the selection that every row gives', () => {
    const view = { countries: ['FR'], indicators: ['computer'], chart: 'bars' as const };
    const isCountry = (code: string) => code !== 'EU27';
    expect(firstWithValue(a.observations).map((o) => `${o.country} ${o.value}`)).toEqual([
      'FR 61',
      'EU27 50',
      'SK 34',
      'IT 40',
    ]);
    expect(
      selectionWithImport(
        view,
        { indicators: a.indicators, observations: firstWithValue(a.observations) },
        isCountry,
      ),
    ).toEqual(selectionWithImport(view, a, isCountry));
  });

  it('nothing joins before the merge holds the import; then its indicators and countries join in one step, with the report line', () => {
    waitToJoin(join(a));
    const before = useViewStore.getState().view;
    // A merge without it (another tab's change): the import waits.
    expect(joinLanded([b], [], base)).toBeNull();
    expect(useViewStore.getState().view).toBe(before);
    // Removed before its merge: it leaves the list at the next merge, joining nothing.
    useImportStore.setState({ imports: [b] });
    waitToJoin(join(b));
    expect(joinLanded([b], [], base)).toBe(before);
    expect(useViewStore.getState().view?.indicators).toEqual(['computer', 'my_b']);
    expect(joinLanded([a, b], [], base)).toBeNull();
    // Back to the view before, a still loaded and waiting.
    useViewStore.getState().restore(before as NonNullable<typeof before>);
    useImportStore.setState({ imports: [a, b] });
    waitToJoin(join(a));
    // The merge with it: the view before is returned (drawn until the merge's render commits).
    expect(joinLanded([a], [], base)).toBe(before);
    const view = useViewStore.getState().view;
    expect(view?.countries).toEqual(['FR', 'DE', 'SK', 'IT']);
    expect(view?.indicators).toEqual(['computer', 'my_a']);
    expect(joinLanded([a], [], base)).toBeNull();
    expect(useImportStore.getState().report?.shown).toEqual({
      importId: 'a',
      added: { indicators: ['my_a'], countries: ['SK', 'IT'] },
      indicatorLabels: ['Label of my_a'],
      countryNames: ['Slovakia', 'Italy'],
      undone: false,
    });
  });

  it('an import the merge refused joins nothing, and leaves the list', () => {
    waitToJoin(join(a));
    waitToJoin(join(b));
    const before = useViewStore.getState().view;
    expect(joinLanded([a, b], [{ data: a }], base)).toBe(before);
    // Only b's country and indicator; no "Added" line for a, the report's file.
    expect(useViewStore.getState().view?.countries).toEqual(['FR', 'DE', 'PT']);
    expect(useViewStore.getState().view?.indicators).toEqual(['computer', 'my_b']);
    expect(useImportStore.getState().report?.shown).toBeNull();
    expect(joinLanded([a, b], [], base)).toBeNull();
  });

  it('on Ranking the new indicator is the one drawn (rank= cleared)', () => {
    useViewStore
      .getState()
      .restore(
        parseView('?countries=FR,DE&indicators=computer,internet&chart=ranking&rank=internet', realCatalog)
          .state,
      );
    waitToJoin(join(b));
    joinLanded([b], [], base);
    expect(useViewStore.getState().view?.indicators).toEqual(['my_b', 'computer', 'internet']);
    expect(useViewStore.getState().view?.rank).toBeUndefined();
  });
});
