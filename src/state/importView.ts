import { CHART_KIND } from '../data/chartRegistry';
import type { ChartKind, ViewState } from '../data/view';

/**
 * An import joins the view at once (issue 17): its indicators, and those of its countries with a
 * figure that are not selected, are added to the selection, so the chart draws them without a
 * trip through the pickers. Undo takes out exactly what was added, so when nothing else changed
 * in between the selection is the one before the import again (the import itself stays loaded).
 */

/** What an import brought into the view, for the panel's "Added …" line and its Undo. */
export interface AddedToView {
  indicators: string[];
  countries: string[];
}

/** The parts of an import this needs (ImportedData, structurally). */
export interface ImportShape {
  indicators: readonly { id: string }[];
  observations: readonly { country: string; value: number | null }[];
}

type Selection = Pick<ViewState, 'countries' | 'indicators'>;

/**
 * The selection with the import added. New indicators go after the selected ones, or first on the
 * kinds that draw only the first (so the chart shows them). Countries: those with a value in the
 * import that are countries of the catalog (`isCountry`: never an EU average), in the file's order,
 * after the selected ones. Nothing new: `added` is empty and the selection the same lists.
 */
export function selectionWithImport(
  view: Selection & { chart: ChartKind },
  data: ImportShape,
  isCountry: (code: string) => boolean,
): Selection & { added: AddedToView } {
  const withValue = data.observations.filter((o) => o.value !== null && isCountry(o.country));
  return addToSelection(
    view,
    data.indicators.map((i) => i.id),
    withValue.map((o) => o.country),
  );
}

/** The selection with what an import added put back (after an Undo: Show again). */
export function selectionWithAdded(view: Selection & { chart: ChartKind }, added: AddedToView): Selection {
  const { countries, indicators } = addToSelection(view, added.indicators, added.countries);
  return { countries, indicators };
}

function addToSelection(
  view: Selection & { chart: ChartKind },
  indicatorIds: readonly string[],
  countryCodes: readonly string[],
): Selection & { added: AddedToView } {
  const newIndicators = [...new Set(indicatorIds)].filter((id) => !view.indicators.includes(id));
  const newCountries = [...new Set(countryCodes)].filter((c) => !view.countries.includes(c));
  const indicators =
    newIndicators.length === 0
      ? view.indicators
      : CHART_KIND[view.chart].firstOnly
        ? [...newIndicators, ...view.indicators]
        : [...view.indicators, ...newIndicators];
  const countries = newCountries.length === 0 ? view.countries : [...view.countries, ...newCountries];
  return { countries, indicators, added: { indicators: newIndicators, countries: newCountries } };
}

/** The selection without what an import added (Undo); whatever else the reader changed stays. */
export function selectionWithoutAdded(view: Selection, added: AddedToView): Selection {
  return {
    countries: view.countries.filter((c) => !added.countries.includes(c)),
    indicators: view.indicators.filter((i) => !added.indicators.includes(i)),
  };
}
