import type { ChartShape } from './chartRegistry';
import { type ComparisonCell, type DatasetIndex, type RankedCountry, rankCountries } from './derive';
import { type SurveyPanels, surveyPanels } from './surveyPanels';
import { timePanels } from './timeSeries';
import { rankedIndicator, type ViewState } from './view';
import type { ShownIndicator, TimePanel } from './viewTypes';

/**
 * What each shape of chart (data/chartRegistry.ts `shape`) draws of the selection, for
 * buildViewModel: the indicators, the kind's own structures (ranked countries, lines, survey
 * panels), the cells of the values drawn (a selected country with a value among them has a figure
 * drawn) and the countries drawn. The rest of the view model is the same for every shape.
 */

export interface Drawn {
  indicators: ShownIndicator[];
  ranked: RankedCountry[];
  panels: TimePanel[];
  surveys: SurveyPanels;
}

export interface ShapeInput {
  index: DatasetIndex;
  view: ViewState;
  /** The selected indicators that exist, in the user's order. */
  selected: readonly ShownIndicator[];
  /** The selected countries (no aggregate). */
  countries: readonly string[];
  /** An indicator as the view shows it (its wave, its survey's average). */
  shown: (id: string) => ShownIndicator | null;
}

export interface CountryCells {
  /** Each selected country's cells, one per indicator drawn. */
  byCountry: ReadonlyMap<string, ComparisonCell[]>;
  /** The cells of the reference rows (bars, table). */
  references: readonly ComparisonCell[];
}

interface ShapeModel {
  /** What it draws: the indicators, and its own structures (none where left out). */
  draw: (input: ShapeInput) => Partial<Drawn> & Pick<Drawn, 'indicators'>;
  /** The cells of the values drawn, one per mark, in the order the chart draws them. */
  dataCells: (drawn: Drawn, cells: CountryCells, countries: readonly string[]) => ComparisonCell[];
  /** The countries the chart draws a figure for. */
  drawnCountries: (drawn: Drawn, withData: readonly string[], cells: CountryCells) => string[];
}

/** One wave's cells: the selected indicators, or those among the first `count` selected. */
function gridDraw(count?: number) {
  return ({ selected, view }: ShapeInput) => {
    const ids = new Set(count === undefined ? view.indicators : view.indicators.slice(0, count));
    return { indicators: selected.filter((i) => ids.has(i.id)) };
  };
}

const gridCells = (_: Drawn, cells: CountryCells, countries: readonly string[]) => [
  ...cells.references,
  ...countries.flatMap((c) => cells.byCountry.get(c) ?? []),
];

const withDataDrawn = (_: Drawn, withData: readonly string[]) => [...withData];

const rankedDrawn = (drawn: Drawn) => drawn.ranked.filter((r) => r.value !== null).map((r) => r.country);

/** What a shape draws, with the structures it has none of empty. */
export function drawShape(shape: ShapeModel, input: ShapeInput): Drawn {
  return { ranked: [], panels: [], surveys: { panels: [], droppedConcepts: [] }, ...shape.draw(input) };
}

export const SHAPES: Record<ChartShape, ShapeModel> = {
  grid: { draw: gridDraw(), dataCells: gridCells, drawnCountries: withDataDrawn },
  ranked: {
    draw: (input) => {
      const id = rankedIndicator(input.view);
      const indicators = input.selected.filter((i) => i.id === id);
      const first = indicators[0];
      const ranked = first ? rankCountries(input.index, first.id, input.countries, first.wave) : [];
      return { indicators, ranked };
    },

    dataCells: (drawn) => drawn.ranked,
    drawnCountries: rankedDrawn,
  },
  // Scatter: a country is drawn with both values.
  pair: {
    draw: gridDraw(2),

    dataCells: gridCells,
    drawnCountries: (_, withData, cells) =>
      withData.filter((c) => {
        const own = cells.byCountry.get(c) ?? [];
        return own.length === 2 && own.every((cell) => cell.value !== null);
      }),
  },
  lines: {
    draw: (input) => {
      const indicators = [...input.selected];
      // And a panel per concept of the selected indicators, with every survey's marks (the legend's surveys).
      const surveys = surveyPanels(
        input.index,
        indicators.map((i) => i.id),
        input.countries,
        'selected',
      );
      return { indicators, panels: timePanels(input.index, indicators, input.countries), surveys };
    },
    dataCells: (drawn) =>
      drawn.panels.flatMap((p) =>
        [...(p.reference ? [p.reference] : []), ...p.lines].flatMap((l) => l.points.map((pt) => pt.cell)),
      ),
    drawnCountries: withDataDrawn,
  },
  // All surveys draws every indicator of the selected indicators' concepts that has a figure.
  surveys: {
    draw: (input) => {
      const surveys = surveyPanels(
        input.index,
        input.selected.map((i) => i.id),
        input.countries,
      );
      const ids = new Set(surveys.panels.flatMap((p) => p.series.map((s) => s.indicator)));
      const indicators = [...ids].flatMap((id) => {
        const shown = input.shown(id);
        return shown ? [shown] : [];
      });
      return { indicators, surveys };
    },
    // One cell per mark: the averages' rows first, then the countries, panel by panel.
    dataCells: (drawn) =>
      drawn.surveys.panels.flatMap((p) =>
        [...p.references, ...p.rows].flatMap((r) =>
          r.items.flatMap((item) => item.points.map((pt) => pt.cell)),
        ),
      ),
    drawnCountries: withDataDrawn,
  },
};
