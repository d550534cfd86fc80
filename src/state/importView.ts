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
  /** The import's new indicators left out of the view by the cap (in the Indicators picker). */
  notShown?: number;
}

/**
 * At most this many of an import's indicators join the view (the palette's six colours): a file of
 * 54 indicators drawn at once was 1,600 bars or lines and froze the page for seconds (issue 26). The
 * others stay in the Indicators picker, and the panel says how many.
 */
export const MAX_INDICATORS_JOINING = 6;

/** The parts of an import this needs (ImportedData, structurally). */
export interface ImportShape {
  indicators: readonly { id: string }[];
  observations: readonly { country: string; value: number | null; indicator?: string }[];
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
  const fresh = [...new Set(data.indicators.map((i) => i.id))].filter((id) => !view.indicators.includes(id));
  const joining = new Set(fresh.slice(0, MAX_INDICATORS_JOINING));
  // Countries with a value in an indicator of the import that is drawn (joining, or selected before),
  // in the file's order. A set, not fresh.includes: once per row of a 50,000-row file with 60
  // indicators, that was 130 ms of one task at 4× CPU. One loop into a set of codes, not a filtered
  // copy of the rows and a list of their codes: half the time (this was 47 ms of the task that ends
  // the parse in one profile at 4× CPU, machine loaded).
  const left = new Set(fresh.filter((id) => !joining.has(id)));
  const withValue = new Set<string>();
  for (const o of data.observations)
    if (
      o.value !== null &&
      !withValue.has(o.country) &&
      (o.indicator === undefined || !left.has(o.indicator)) &&
      isCountry(o.country)
    )
      withValue.add(o.country);
  const next = addToSelection(view, [...joining], [...withValue]);
  const notShown = fresh.length - joining.size;
  return notShown > 0 ? { ...next, added: { ...next.added, notShown } } : next;
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
