/**
 * The chart-kind registry (docs/ARCHITECTURE.md §2a): every fact about a chart kind, one entry per
 * kind, in the order of the tabs. The view model, the titles, the notes, the legend, the exports,
 * the dashboard's controls, Vite's chunk list (vite.config.ts) and the bench's kinds
 * (scripts/bench) read these facts; nothing else names a kind to decide what it does. Adding a kind
 * is its folder under src/charts/ and one entry here (README, "Adding a chart kind"): a fact left
 * out is a type error, and so is a kind that has no entry.
 *
 * Pure data with no imports: the entry chunk, vite.config.ts and the bench read it without pulling
 * in any kind's code (each kind is its own chunk, loaded on first use). A fact most kinds share has
 * its usual value in USUALLY; an entry names the facts in which it differs.
 */

/** How a kind reads the selection: the shape of what it draws (viewModel.ts builds each). */
export type ChartShape =
  /** The selected indicators × the selected countries, one wave per indicator. */
  | 'grid'
  /** One indicator (`rank=`, else the first selected), every country with a figure. */
  | 'ranked'
  /** The first two selected indicators, against each other. */
  | 'pair'
  /** Every wave of the selected indicators, a line per country. */
  | 'lines'
  /** Every survey's indicators of the selected indicators' concepts, every wave. */
  | 'surveys';

/** The legend a kind draws beside it (charts/shared/legendItems.ts draws each). */
export type LegendStyle = 'indicators' | 'gaps' | 'selection' | 'ranking' | 'lines' | 'surveys' | 'none';

/** The words a title is made of (viewText.ts): "Computer use against Internet access: France and Italy". */
export interface TitleParts {
  /** The first indicator drawn, "No indicator" when none. */
  first: string;
  /** The second indicator drawn, "a second indicator" when none. */
  second: string;
  /** Every indicator drawn, comma-separated. */
  all: string;
  /** The countries drawn: "France and Italy", "12 countries". */
  countries: string;
  /** "the EU27 average", or "" when no survey published one. */
  reference: string;
  /** The concepts drawn (All surveys): "Computer use and Internet access". */
  concepts: string;
  /** The rows of a table, named or counted, and how many have a figure when not all do. */
  rows: string;
}

export interface ChartKindFacts {
  /** The tab's name (docs/ARCHITECTURE.md §5). */
  label: string;
  shape: ChartShape;
  legend: LegendStyle;
  title: (t: TitleParts) => string;
  /** What the reader waits for while its code loads: "Loading the map…". */
  noun: 'the chart' | 'the map';
  /** Rows of the survey averages above the countries' (bars, table). */
  referenceRows: boolean;
  /** Draws only an indicator with a published average (the gap): the others are named in a note. */
  needsReference: boolean;
  /** The note's end for an indicator without a published average ("so no gap is drawn"), or none. */
  withoutReference: string | null;
  /** Which countries without a figure a note names: the selected ones, every one (ranking), or none
   * (the chart shows them itself: the map hatches them, the table says "no data"). */
  noDataNote: 'selected' | 'every' | 'none';
  /** Keeps a row for every selected country, with or without a figure (the table). */
  rowsWithoutData: boolean;
  /** The name of the indicator choice beside the tabs, on a kind that draws one indicator. */
  indicatorChoice: string | null;
  /** The unit of its axis and subtitle: percent, or percentage points from the average (the gap). */
  unit: 'percent' | 'points';
  /** What it draws on screen: an SVG chart (which the image exports serialise), or an HTML table
   * (which they draw anew as SVG, export/tableSvg.ts). */
  element: 'svg' | 'table';
  /** Draws Europe's outlines (europe.topo.json), a file of their own that arrives after the code (the map). */
  outlines: boolean;
  /** Draws every survey wave (Over time, All surveys): the year picker does not apply. Follows from `shape`. */
  everyWave: boolean;
  /** Draws only the first selected indicator(s): ranking and map one, scatter two. Follows from `shape`. */
  firstOnly: boolean;
  /** Draws each survey's average as a reference (line, dot, row), so its publications are sources of
   * the view: every-wave kinds draw the averages among their values, the gap only as a difference. */
  drawsReferences: boolean;
  /** Draws nothing without a selected country: the ranking and the map draw every country, the table
   * the averages' rows. Follows from `shape` and `rowsWithoutData`. */
  needsCountries: boolean;
}

/** What every kind says unless its entry says otherwise. */
const USUALLY = {
  noun: 'the chart',
  referenceRows: false,
  needsReference: false,
  withoutReference: null,
  noDataNote: 'selected',
  rowsWithoutData: false,
  indicatorChoice: null,
  unit: 'percent',
  element: 'svg',
  outlines: false,
} as const satisfies Omit<ChartKindFacts, Required | Derived>;

/** The facts no entry may leave out. */
type Required = 'label' | 'shape' | 'legend' | 'title';
/** The facts that follow from the others. */
type Derived = 'everyWave' | 'firstOnly' | 'drawsReferences' | 'needsCountries';

function kind(
  facts: Pick<ChartKindFacts, Required> & Partial<Omit<ChartKindFacts, Derived>>,
): ChartKindFacts {
  const { shape } = facts;
  const everyWave = shape === 'lines' || shape === 'surveys';
  return {
    ...USUALLY,
    ...facts,
    everyWave,
    firstOnly: shape === 'ranked' || shape === 'pair',
    drawsReferences: !everyWave && !facts.needsReference,
    needsCountries: shape !== 'ranked' && !facts.rowsWithoutData,
  };
}

const withReference = (t: TitleParts, joiner: string) =>
  t.reference ? `${t.all}: ${t.countries}${joiner}${t.reference}` : `${t.all}: ${t.countries}`;

/**
 * The kinds, in the order of the tabs. Each is drawn by src/charts/KIND/KindChart.tsx (its folder,
 * exporting the component `KindChart`), loaded on first use (charts/chartKinds.ts) as a chunk of its
 * own (vite.config.ts).
 */
const KINDS = {
  surveys: kind({
    label: 'All surveys',
    shape: 'surveys',
    legend: 'surveys',
    title: (t) => `${t.concepts} in every survey: ${t.countries}`,
  }),
  bars: kind({
    label: 'Bars',
    shape: 'grid',
    legend: 'indicators',
    referenceRows: true,
    withoutReference: 'no reference is shown',
    title: (t) => withReference(t, ' against '),
  }),
  gap: kind({
    label: 'Gap to EU average',
    shape: 'grid',
    legend: 'gaps',
    needsReference: true,
    withoutReference: 'no gap is drawn',
    unit: 'points',
    title: (t) =>
      t.reference
        ? `Gap to ${t.reference} in percentage points: ${t.countries}`
        : `Gap to the survey average: ${t.countries}`,
  }),
  ranking: kind({
    label: 'Ranking',
    shape: 'ranked',
    legend: 'ranking',
    noDataNote: 'every',
    indicatorChoice: 'Indicator ranked',
    title: (t) => `${t.first}: all countries ranked`,
  }),
  map: kind({
    label: 'Map',
    shape: 'ranked',
    legend: 'none',
    noun: 'the map',
    outlines: true,
    noDataNote: 'none',
    indicatorChoice: 'Indicator mapped',
    title: (t) => `${t.first} across Europe`,
  }),
  scatter: kind({
    label: 'Scatter',
    shape: 'pair',
    legend: 'selection',
    title: (t) => `${t.first} against ${t.second}: ${t.countries}`,
  }),
  table: kind({
    label: 'Table',
    shape: 'grid',
    legend: 'none',
    referenceRows: true,
    noDataNote: 'none',
    rowsWithoutData: true,
    element: 'table',
    // The table has a row for each selected country, with a figure or "no data": it counts its rows.
    title: (t) => withReference({ ...t, countries: t.rows }, ' and '),
  }),
  time: kind({
    label: 'Over time',
    shape: 'lines',
    legend: 'lines',
    title: (t) => `${t.all} over time: ${t.countries}`,
  }),
};

/** A chart kind: a key of the registry (the URL's `chart=`, docs/ARCHITECTURE.md §4). */
export type ChartKind = keyof typeof KINDS;

/** Every kind's facts, looked up by kind: a kind without an entry is a type error. */
export const CHART_KIND: Readonly<Record<ChartKind, ChartKindFacts>> = KINDS;

/** The kinds in the order of the tabs. */
export const CHART_KINDS = Object.keys(KINDS) as readonly ChartKind[];

/** The module that draws a kind, under src/charts/ without `.tsx`: `bars/BarsChart`. */
export const chartModule = (kind: ChartKind): string =>
  `${kind}/${kind[0]?.toUpperCase()}${kind.slice(1)}Chart`;
