import { chartSourceIds } from '../charts/chartCountries';
import { chartIndicators } from '../charts/chartIndicators';
import { viewSubtitle, viewTitle } from '../charts/shared/describe';
import { legendItems } from '../charts/shared/legendItems';
import { tableColumns, tableRows } from '../charts/table/tableModel';
import { type DatasetIndex, sourceLine } from '../data/derive';
import type { ViewState } from '../state/view';
import { type ComposedElement, composeExportElement } from './composeSvg';
import { tableSvg } from './tableSvg';

/**
 * The export image of the current view: the chart on screen (or the table drawn as SVG) in its
 * frame, as an element; `serializeExport` (composeSvg.ts) turns it into the file's markup.
 */
export function buildExportSvg(
  index: DatasetIndex,
  view: ViewState,
  colours: ReadonlyMap<string, string>,
  link: string,
  root: ParentNode = document,
): ComposedElement {
  const shown = chartIndicators(view);
  const chart =
    view.chart === 'table'
      ? tableSvg(
          document,
          tableColumns(index, view.indicators),
          tableRows(index, view.countries, view.indicators),
          new Map(index.dataset.indicators.map((i) => [i.id, i.shortLabel])),
        )
      : root.querySelector<SVGSVGElement>(
          '#chart-panel figure svg[role="img"], main.embed figure svg[role="img"]',
        );
  if (!chart) throw new Error('There is no chart on the page to export yet.');
  return composeExportElement(chart, {
    title: viewTitle(index, view),
    subtitle: viewSubtitle(index, shown),
    legend: legendItems(index, view.chart, shown, colours),
    source: sourceLine(index, chartSourceIds(index, view)),
    link,
  });
}
