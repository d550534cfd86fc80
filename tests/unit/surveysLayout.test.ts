import { readFileSync } from 'node:fs';
import { ticks } from 'd3-array';
import { symbol, symbolsFill } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legendItems } from '../../src/charts/shared/legendItems';
import { percentTicks, tickCount } from '../../src/charts/shared/measure';
import {
  type Box,
  DODGE,
  LANE,
  labelObstacles,
  mostRecent,
  nameLines,
  placeYearLabels,
  sortRows,
  surveysLayout,
} from '../../src/charts/surveys/layout';
import { SURVEY_SHAPES, surveyStyles } from '../../src/charts/surveys/style';
import { viewNotes } from '../../src/charts/viewNotes';
import { type ComparisonCell, indexDataset } from '../../src/data/derive';
import { type Dataset, datasetSchema, type Survey } from '../../src/data/schema';
import type { SurveyPanel, SurveyRow } from '../../src/data/surveyPanels';
import { defaultView, type ViewState } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { viewCsv } from '../../src/export/csv';
import { surveyTitles, viewObservations } from '../../src/share/viewPackage';
import { catalogOf } from '../../src/state/catalog';

/** All surveys (chart=surveys): the panels of the view model and their layout. */

const survey = (id: string, reference: string | null): Survey => ({
  id,
  title: `Survey ${id}`,
  shortTitle: `Survey ${id}`,
  shortName: id.toUpperCase(),
  producer: 'p',
  base: 'GPs',
  question: null,
  waves: [2002, 2007, 2009, 2012],
  reference,
  url: null,
  method: null,
});

/** Two surveys asking about records: A (EU27 average, two indicators), B (no average). */
const dataset: Dataset = datasetSchema.parse({
  schemaVersion: 2,
  surveys: [survey('sa', 'EU27'), survey('sb', null)],
  concepts: [
    { id: 'records', label: 'Electronic records' },
    { id: 'computer', label: 'Computer use' },
  ],
  sources: [{ id: 'pub', title: 'The report', publisher: 'Publisher', year: 2010, url: null, notes: null }],
  indicators: [
    {
      id: 'a_emr',
      label: 'A: EMR in the practice',
      shortLabel: 'A EMR',
      unit: 'percent',
      description: '',
      surveyId: 'sa',
      concept: 'records',
    },
    {
      id: 'a_store',
      label: 'A: stores data',
      shortLabel: 'A store',
      unit: 'percent',
      description: '',
      surveyId: 'sa',
      concept: 'records',
    },
    {
      id: 'b_emr',
      label: 'B: physicians using EMR',
      shortLabel: 'B EMR',
      unit: 'percent',
      description: '',
      surveyId: 'sb',
      concept: 'records',
    },
    {
      id: 'a_pc',
      label: 'A: computer',
      shortLabel: 'A PC',
      unit: 'percent',
      description: '',
      surveyId: 'sa',
      concept: 'computer',
    },
    {
      id: 'b_odd',
      label: 'B: odd',
      shortLabel: 'B odd',
      unit: 'percent',
      description: '',
      surveyId: 'sb',
      concept: 'no-such-concept',
    },
    {
      id: 'my_own',
      label: 'My own',
      shortLabel: 'My own',
      unit: 'percent',
      description: '',
      surveyId: 'sb',
      concept: 'records',
    },
  ],
  countries: [
    { code: 'FR', name: 'France' },
    { code: 'NL', name: 'Netherlands' },
    { code: 'SK', name: 'Slovakia' },
    { code: 'AT', name: 'Austria' },
    { code: 'EU27', name: 'EU27 average', aggregate: true },
  ],
  observations: [
    ['FR', 'a_emr', 2007, 74],
    ['FR', 'b_emr', 2009, 68],
    ['FR', 'b_emr', 2012, 67],
    ['NL', 'a_emr', 2002, 88],
    ['NL', 'b_emr', 2009, 99],
    ['NL', 'a_store', 2007, 40],
    ['AT', 'b_emr', 2012, 80],
    ['EU27', 'a_emr', 2002, 29],
    ['EU27', 'a_emr', 2007, 79],
    ['FR', 'a_pc', 2007, 83],
    ['FR', 'b_odd', 2009, 5],
    ['NL', 'my_own', 2009, 50],
    ['SK', 'b_emr', 2009, null],
  ].map(([country, indicator, year, value]) => ({
    country,
    indicator,
    year,
    value,
    sourceId: 'pub',
    where: 'p. 1',
    note: null,
  })),
});
const index = indexDataset(dataset);

/** The surveys of some panels, in the order they come (a dataset's list for surveyStyles). */
const surveysOf = (panels: readonly SurveyPanel[]) => [
  ...new Map(panels.flatMap((p) => p.series.map((s) => [s.survey.id, s.survey] as const))).values(),
];

const view = (over: Partial<ViewState>): ViewState => ({
  countries: ['FR', 'NL', 'SK', 'AT'],
  indicators: ['a_emr'],
  chart: 'surveys',
  profile: null,
  time: 'latest',
  embed: false,
  ...over,
});

const layoutOf = (v: ViewState, width = 900) => {
  const model = buildViewModel(index, v);
  const styles = surveyStyles(model.surveys);
  return {
    model,
    styles,
    layout: surveysLayout({
      panels: model.surveyPanels,
      styles,
      sort: v.sort ?? 'latest',
      width,
      sourceName: (id) => `pub:${id}`,
    }),
  };
};

describe('All surveys: panels of the view model', () => {
  it('draws every indicator of the selected concept, from each survey, and one panel for one concept', () => {
    const { model } = layoutOf(view({}));
    expect(model.surveyPanels.map((p) => p.label)).toEqual(['Electronic records']);
    const [panel] = model.surveyPanels;
    expect(panel?.series.map((s) => [s.indicator, s.survey.id, s.lane])).toEqual([
      ['a_emr', 'sa', 0],
      ['a_store', 'sa', 1],
      ['b_emr', 'sb', 0],
    ]);
    // own indicators never join a concept panel, even with a concept of their own
    expect(panel?.series.some((s) => s.indicator === 'my_own')).toBe(false);
    expect(model.indicators.map((i) => i.id).sort()).toEqual(['a_emr', 'a_store', 'b_emr']);
  });

  it('gives a view that keeps its selection the same panels (a profile opened, another order)', () => {
    const a = buildViewModel(index, view({}));
    const b = buildViewModel(index, view({ profile: 'FR', sort: 'name' }));
    expect(b.surveyPanels).toBe(a.surveyPanels);
    expect(buildViewModel(index, view({ countries: ['FR'] })).surveyPanels).not.toBe(a.surveyPanels);
  });

  it('names the countries with no figure under the panel, and keeps every wave of each indicator', () => {
    const { model } = layoutOf(view({}));
    const [panel] = model.surveyPanels;
    expect(panel?.noData).toEqual([{ code: 'SK', name: 'Slovakia' }]);
    const fr = panel?.rows.find((r) => r.code === 'FR');
    expect(fr?.items.map((i) => [i.indicator, i.points.map((p) => p.year)])).toEqual([
      ['a_emr', [2007]],
      ['b_emr', [2009, 2012]],
    ]);
    expect(model.noData).toEqual([{ code: 'SK', name: 'Slovakia' }]);
  });

  it("gives each survey's own average a row of its own, with only that survey's indicators", () => {
    const { model } = layoutOf(view({}));
    const refs = model.surveyPanels[0]?.references ?? [];
    expect(refs.map((r) => [r.code, r.surveyId, r.name])).toEqual([['EU27', 'sa', 'EU27 average (SA)']]);
    expect(refs[0]?.items.map((i) => [i.indicator, i.points.map((p) => `${p.year}:${p.value}`)])).toEqual([
      ['a_emr', ['2002:29', '2007:79']],
    ]);
  });

  it('puts own indicators in a panel of their own, and an unknown concept under Other indicators with a note', () => {
    const { model } = layoutOf(view({ indicators: ['my_own', 'b_odd', 'a_pc', 'a_emr'] }));
    expect(model.surveyPanels.map((p) => [p.kind, p.label])).toEqual([
      ['own', 'Your data'],
      ['other', 'Other indicators'],
      ['concept', 'Computer use'],
      ['concept', 'Electronic records'],
    ]);
    expect(model.droppedConcepts).toEqual([{ concept: 'no-such-concept', indicators: ['b_odd'] }]);
    const notes = viewNotes(model);
    expect(notes.some((n) => n.includes('Unknown concept “no-such-concept”'))).toBe(true);
    expect(notes.at(-1)).toMatch(/compare within one survey, and read across surveys with care/);
  });

  it('writes one CSV row per mark with country, concept, survey, indicator, year, value and source', () => {
    const { model, layout } = layoutOf(view({}));
    const csv = viewCsv(index, model).trim().split('\n');
    expect(csv[0]).toBe(
      'country,country_name,concept,survey,indicator,indicator_label,year,value_percent,source,other_sources,where,conflict,note',
    );
    const marks = layout.panels.flatMap((p) => p.marks);
    expect(csv.length - 1).toBe(marks.length);
    expect(model.dataCells.length).toBe(marks.length);
    expect(csv).toContain(
      'NL,Netherlands,Electronic records,Survey sb,b_emr,B: physicians using EMR,2009,99,"Publisher, The report, 2010",,p. 1,,',
    );
  });
});

describe('All surveys: the data package of the view', () => {
  it('holds every row behind the marks, from each survey, the averages included', () => {
    const { model } = layoutOf(view({}));
    const rows = viewObservations(index, model);
    const keys = new Set(rows.map((o) => `${o.country}|${o.indicator}|${o.year}`));
    for (const c of model.dataCells) expect(keys.has(`${c.country}|${c.indicator}|${c.year}`)).toBe(true);
    expect(keys.has('EU27|a_emr|2002')).toBe(true);
    expect(keys.has('NL|b_emr|2009')).toBe(true);
    // nothing of an indicator the view does not draw
    expect(rows.some((o) => o.indicator === 'a_pc' || o.indicator === 'my_own')).toBe(false);
    expect(
      surveyTitles(
        index,
        model.indicators.map((i) => i.id),
      ),
    ).toEqual(['Survey sa', 'Survey sb']);
  });
});

describe('All surveys: layout', () => {
  it('draws one mark per survey wave with a figure, the latest solid, the earlier hollow', () => {
    const { layout } = layoutOf(view({}));
    const marks = layout.panels[0]?.marks ?? [];
    const fr = marks.filter((m) => m.row === 'FR');
    expect(fr.map((m) => `${m.indicator}:${m.year}:${m.latest}`)).toEqual([
      'a_emr:2007:true',
      'b_emr:2009:false',
      'b_emr:2012:true',
    ]);
    // a survey's second indicator sits on a sub-row of its own
    const nl = marks.filter((m) => m.row === 'NL');
    const y = (id: string) => nl.find((m) => m.indicator === id)?.y ?? Number.NaN;
    expect(y('a_store') - y('a_emr')).toBe(LANE);
    // each sub-row names the indicators of a survey with several in the panel (survey A here)
    const nlRow = layout.panels[0]?.rows.find((r) => r.code === 'NL');
    expect(nlRow?.subLabels).toEqual([
      { y: y('a_emr') + 8, text: 'A EMR' },
      { y: y('a_store'), text: 'A store' },
    ]);
    expect(nlRow?.nameY).toBe(y('a_emr') - 6);
    const frRow = layout.panels[0]?.rows.find((r) => r.code === 'FR');
    expect(frRow?.subLabels.map((l) => l.text)).toEqual(['A EMR']);
    expect(frRow?.height).toBe(LANE);
    expect(y('b_emr')).toBe(y('a_emr'));
    // colour and shape both per survey
    const sa = marks.find((m) => m.surveyId === 'sa');
    const sb = marks.find((m) => m.surveyId === 'sb');
    expect(sa?.colour).not.toBe(sb?.colour);
    expect(sa?.path).not.toBe(sb?.path);
  });

  it("gives a row only the sub-rows it needs, and names a survey's indicator even when it is alone", () => {
    const s1 = survey('s1', null);
    const cell = { countryName: 'X' } as ComparisonCell;
    const panel: SurveyPanel = {
      id: 'p',
      label: 'P',
      kind: 'concept',
      series: [
        { indicator: 'first', label: '', shortLabel: 'First', survey: s1, lane: 0 },
        { indicator: 'second', label: '', shortLabel: 'Second', survey: s1, lane: 1 },
      ],
      references: [],
      rows: [
        {
          code: 'X',
          name: 'X',
          reference: false,
          surveyId: null,
          items: [{ indicator: 'second', points: [{ year: 2009, value: 40, cell }] }],
        },
      ],
      noData: [],
      notDrawn: [],
    };
    const [p] = surveysLayout({
      panels: [panel],
      styles: surveyStyles(surveysOf([panel])),
      sort: 'latest',
      width: 800,
      sourceName: (id) => id,
    }).panels;
    expect(p?.rows[0]?.height).toBe(LANE);
    expect(p?.rows[0]?.subLabels.map((l) => l.text)).toEqual(['Second']);
    expect(p?.marks[0]?.y).toBe(p?.rows[0]?.y);
  });

  it('titles every mark with country, survey, wording, wave, value and publication', () => {
    const { layout } = layoutOf(view({}));
    const mark = layout.panels[0]?.marks.find((m) => m.row === 'FR' && m.year === 2009);
    expect(mark?.title).toBe('France — SB, 2009: B: physicians using EMR: 68 % (pub:pub)');
  });

  it('sorts the rows by the most recent figure (averages first), or by name', () => {
    const rowsBy = (sort: 'latest' | 'name') =>
      layoutOf(view({ sort })).layout.panels[0]?.rows.map((r) => r.code);
    // latest years: FR 2012 (67), NL 2009 (99), AT 2012 (80)
    expect(rowsBy('latest')).toEqual(['EU27', 'NL', 'AT', 'FR']);
    expect(rowsBy('name')).toEqual(['EU27', 'AT', 'FR', 'NL']);
  });

  it("takes a row's latest year, the higher figure when two indicators share it", () => {
    const row = (points: [string, number, number][]): SurveyRow => ({
      code: 'X',
      name: 'X',
      reference: false,
      surveyId: null,
      items: points.map(([indicator, year, value]) => ({
        indicator,
        points: [{ year, value, cell: {} as ComparisonCell }],
      })),
    });
    expect(
      mostRecent(
        row([
          ['a', 2007, 90],
          ['b', 2012, 40],
        ]),
      ),
    ).toEqual({ year: 2012, value: 40 });
    expect(
      mostRecent(
        row([
          ['a', 2012, 30],
          ['b', 2012, 40],
        ]),
      ),
    ).toEqual({ year: 2012, value: 40 });
    const rows = [row([['a', 2012, 30]]), { ...row([['a', 2002, 99]]), code: 'Y', name: 'Y' }];
    // by the value of that most recent figure: Y's 99 (2002) before X's 30 (2012)
    expect(sortRows(rows, 'latest').map((r) => r.code)).toEqual(['Y', 'X']);
  });

  it("dodges a series whose line would run through another survey's marks (Germany: KBV across CMWF)", () => {
    const s = survey('cmwf', null);
    const t = survey('kbv', null);
    const cell = { countryName: 'Germany' } as ComparisonCell;
    const panel: SurveyPanel = {
      id: 'p',
      label: 'P',
      kind: 'concept',
      series: [
        { indicator: 'cmwf_emr', label: '', shortLabel: '', survey: s, lane: 0 },
        { indicator: 'kbv', label: '', shortLabel: '', survey: t, lane: 0 },
        { indicator: 'far', label: '', shortLabel: '', survey: survey('x', null), lane: 0 },
      ],
      references: [],
      rows: [
        {
          code: 'DE',
          name: 'Germany',
          reference: false,
          surveyId: null,
          items: [
            {
              indicator: 'cmwf_emr',
              points: [
                { year: 2009, value: 72, cell },
                { year: 2012, value: 82, cell },
              ],
            },
            {
              indicator: 'kbv',
              points: [
                { year: 2018, value: 58, cell },
                { year: 2022, value: 80, cell },
              ],
            },
            { indicator: 'far', points: [{ year: 2002, value: 10, cell }] },
          ],
        },
      ],
      noData: [],
      notDrawn: [],
    };
    const [p] = surveysLayout({
      panels: [panel],
      styles: surveyStyles(surveysOf([panel])),
      sort: 'latest',
      width: 900,
      sourceName: (id) => id,
    }).panels;
    const yOf = (id: string) => p?.marks.find((m) => m.indicator === id)?.y ?? Number.NaN;
    expect(yOf('cmwf_emr')).toBe((p?.rows[0]?.y ?? 0) + DODGE[0]);
    expect(yOf('kbv')).toBe((p?.rows[0]?.y ?? 0) + DODGE[1]);
    // a series clear of the others stays on the row's line
    expect(yOf('far')).toBe(p?.rows[0]?.y);
    for (const l of p?.links ?? []) {
      const through = p?.marks.filter(
        (m) =>
          m.indicator !== l.indicator &&
          m.y === l.y &&
          m.x > Math.min(l.x1, l.x2) &&
          m.x < Math.max(l.x1, l.x2),
      );
      expect(through).toEqual([]);
    }
  });

  it('places each year beside its mark, else above it, else leaves it out (never over a mark or a line)', () => {
    const marks = [
      { key: 'a', x: 100, y: 50, year: 2007 },
      { key: 'b', x: 104, y: 50, year: 2012 },
      { key: 'c', x: 108, y: 50, year: 2021 },
      { key: 'd', x: 300, y: 50, year: 2002 },
      { key: 'e', x: 112, y: 50, year: 2015 },
    ];
    // a line from d's earlier wave at 250 runs left of d
    const obstacles = labelObstacles(marks, [{ x1: 250, x2: 300, y: 50 }]);
    const { labels, unlabelled } = placeYearLabels(marks, 0, 400, obstacles);
    // c: right of it is e's mark, left of it a's label, above it b's label
    expect(labels.map((l) => [l.mark, l.place])).toEqual([
      ['a', 'left'],
      ['b', 'above'],
      ['d', 'right'],
      ['e', 'right'],
    ]);
    expect(unlabelled).toEqual(['c']);
    const boxes = labels.map((l) => l.box);
    expect(noLabelsOverlap(boxes)).toBe(true);
    expect(obstacles.every((o) => boxes.every((b) => noLabelsOverlap([o, b])))).toBe(true);
    // at the right edge a label goes left, and stays inside the chart
    const edge = placeYearLabels([{ key: 'z', x: 395, y: 50, year: 2022 }], 0, 400).labels[0];
    expect(edge?.place).toBe('left');
  });

  it('puts a long row name on two lines: EU27 average / (empirica 2007)', () => {
    expect(nameLines('EU27 average (empirica 2007)', 130)).toEqual(['EU27 average', '(empirica 2007)']);
    expect(nameLines('Germany', 130)).toEqual(['Germany']);
    expect(nameLines('EU15 average (Harris Interactive survey 2002)', 130)).toEqual([
      'EU15 average',
      '(Harris Interac…',
    ]);
  });

  it('keeps 31 rows readable: the panel grows with its rows and no two year labels overlap', () => {
    const codes = Array.from({ length: 31 }, (_, i) => `C${i}`);
    const s = survey('s1', null);
    const t = survey('s2', null);
    const panel: SurveyPanel = {
      id: 'p',
      label: 'P',
      kind: 'concept',
      series: [
        { indicator: 'x', label: 'x', shortLabel: 'x', survey: s, lane: 0 },
        { indicator: 'y', label: 'y', shortLabel: 'y', survey: t, lane: 0 },
      ],
      references: [],
      rows: codes.map((code, i) => ({
        code,
        name: `Country ${code}`,
        reference: false,
        surveyId: null,
        items: ['x', 'y'].map((indicator, k) => ({
          indicator,
          points: [
            { year: 2009 + k, value: 50 + (i % 3) + k, cell: { countryName: code } as ComparisonCell },
          ],
        })),
      })),
      noData: [],
      notDrawn: [],
    };
    const layout = surveysLayout({
      panels: [panel],
      styles: surveyStyles(surveysOf([panel])),
      sort: 'latest',
      width: 390,
      sourceName: (id) => id,
    });
    const [p] = layout.panels;
    expect(p?.rows).toHaveLength(31);
    expect(p?.height).toBeGreaterThanOrEqual(31 * LANE);
    const rowTops = p?.rows.map((r) => r.top) ?? [];
    for (let i = 1; i < rowTops.length; i++)
      expect(rowTops[i]).toBeGreaterThanOrEqual((rowTops[i - 1] ?? 0) + LANE);
    expect((p?.labels.length ?? 0) + (p?.unlabelled.length ?? 0)).toBe(62);
    expect(noLabelsOverlap((p?.labels ?? []).map((l) => l.box))).toBe(true);
  });
});

/** Whether no two boxes (labels, or labels and what they must not cover) overlap. */
function noLabelsOverlap(boxes: readonly Box[]): boolean {
  return boxes.every((a, i) =>
    boxes.every((b, j) => j <= i || !(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)),
  );
}

describe('All surveys: properties', () => {
  const arbitraryPanel = fc
    .record({
      surveys: fc.integer({ min: 1, max: 9 }),
      rows: fc.array(
        fc.array(
          fc.record({
            series: fc.integer({ min: 0, max: 11 }),
            year: fc.integer({ min: 2000, max: 2024 }),
            value: fc.double({ min: 0, max: 100, noNaN: true }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        { minLength: 1, maxLength: 31 },
      ),
    })
    .map(({ surveys: n, rows }): SurveyPanel => {
      const surveys = Array.from({ length: n }, (_, i) => survey(`s${i}`, null));
      // twelve series spread over the surveys: survey i%n, lane = its count so far
      const lanes = new Map<string, number>();
      const series = Array.from({ length: 12 }, (_, k) => {
        const s = surveys[k % n] as Survey;
        const lane = lanes.get(s.id) ?? 0;
        lanes.set(s.id, lane + 1);
        return { indicator: `i${k}`, label: `i${k}`, shortLabel: `i${k}`, survey: s, lane };
      });
      return {
        id: 'p',
        label: 'P',
        kind: 'concept',
        series: [...series].sort((a, b) => a.survey.id.localeCompare(b.survey.id)),
        references: [],
        rows: rows.map((points, r) => ({
          code: `R${r}`,
          name: `Row ${r}`,
          reference: false,
          surveyId: null,
          items: series.flatMap((s, k) => {
            const years = [
              ...new Map(points.filter((p) => p.series === k).map((p) => [p.year, p])).values(),
            ].sort((a, b) => a.year - b.year);
            return years.length > 0
              ? [
                  {
                    indicator: s.indicator,
                    points: years.map((p) => ({
                      year: p.year,
                      value: p.value,
                      cell: { countryName: `Row ${r}` } as ComparisonCell,
                    })),
                  },
                ]
              : [];
          }),
        })),
        noData: [],
        notDrawn: [],
      };
    });

  it('never joins two surveys (or two indicators, or two rows) by a line, and labels never overlap', () => {
    fc.assert(
      fc.property(arbitraryPanel, fc.integer({ min: 320, max: 1400 }), (panel, width) => {
        const layout = surveysLayout({
          panels: [panel],
          styles: surveyStyles(surveysOf([panel])),
          sort: 'latest',
          width,
          sourceName: (id) => id,
        });
        const [p] = layout.panels;
        if (!p) return false;
        const byKey = new Map(p.marks.map((m) => [m.key, m]));
        const linksOk = p.links.every((l) => {
          const from = byKey.get(l.from);
          const to = byKey.get(l.to);
          return (
            !!from &&
            !!to &&
            from.surveyId === to.surveyId &&
            from.surveyId === l.surveyId &&
            from.indicator === to.indicator &&
            from.row === to.row &&
            to.latest &&
            !from.latest &&
            from.y === l.y &&
            to.y === l.y
          );
        });
        // one solid mark per row and series; each mark inside the plot
        const solids = new Set(p.marks.filter((m) => m.latest).map((m) => `${m.row}|${m.indicator}`));
        const series = new Set(p.marks.map((m) => `${m.row}|${m.indicator}`));
        const inside = p.marks.every((m) => m.x >= p.plot.left - 1e-9 && m.x <= p.plot.right + 1e-9);
        const boxes = p.labels.map((l) => l.box);
        const clear = labelObstacles(p.marks, p.links).every((o) =>
          boxes.every((b) => !(o.x1 < b.x2 && b.x1 < o.x2 && o.y1 < b.y2 && b.y1 < o.y2)),
        );
        const within = boxes.every((b) => b.x1 >= p.plot.left && b.x2 <= width);
        return linksOk && solids.size === series.size && inside && noLabelsOverlap(boxes) && clear && within;
      }),
      { numRuns: 150 },
    );
  });
});

describe('All surveys: styles and the real landing view', () => {
  it("writes out d3-array's ticks of a 0–100 % axis for every tick count the layout asks for", () => {
    for (let count = 1; count <= 60; count++) expect(percentTicks(count)).toEqual(ticks(0, 100, count));
    for (let width = 0; width <= 2000; width += 10) {
      const count = tickCount(width);
      expect(percentTicks(count)).toEqual(ticks(0, 100, count));
    }
  });

  it("writes out d3-shape's symbols", () => {
    const names = ['circle', 'cross', 'diamond', 'square', 'star', 'triangle', 'wye'] as const;
    names.forEach((name, i) => {
      expect(SURVEY_SHAPES[name]).toBe(symbol(symbolsFill[i], 72).digits(2)());
    });
  });

  it('gives the first 42 surveys of a dataset distinct colour-and-shape pairs, and the legend one key each', () => {
    const surveys = Array.from({ length: 42 }, (_, i) => survey(`s${i}`, null));
    const styles = [...surveyStyles(surveys).values()];
    expect(new Set(styles.map((s) => `${s.colour}|${s.shape}`)).size).toBe(42);
    const { model } = layoutOf(view({}));
    const legend = legendItems(model, new Map());
    expect(legend.filter((l) => l.key.startsWith('survey-')).map((l) => l.label)).toEqual(['SA', 'SB']);
  });

  it('opens with a sourced figure for 11 of the 12 epSOS countries (all but Slovakia)', () => {
    const real = indexDataset(
      datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8'))),
    );
    const v = defaultView(catalogOf(real));
    expect(v.chart).toBe('surveys');
    const model = buildViewModel(real, v);
    expect(model.surveyPanels.map((p) => p.id)).toEqual([
      'computer-use',
      'internet-access',
      'electronic-records',
    ]);
    const drawn = new Set(model.surveyPanels.flatMap((p) => p.rows.map((r) => r.code)));
    expect(drawn.size).toBe(11);
    expect(model.noData.map((c) => c.code)).toEqual(['SK']);
    expect(model.dataCells.every((c) => c.value !== null && c.sourceId !== null)).toBe(true);
  });
});
