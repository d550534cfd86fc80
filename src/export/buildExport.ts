import { legendItems } from '../charts/shared/legendItems';
import { tableColumns, tableRows } from '../charts/table/tableModel';
import { viewNotes } from '../charts/viewNotes';
import type { ViewModel } from '../data/viewModel';
import { type ComposedElement, composeExportElement } from './composeSvg';
import { tableSvg } from './tableSvg';

/**
 * The export image of the current view: the chart on screen (or the table drawn as SVG) in its
 * frame, with the title, legend, notes and source line of the same view model, as an element;
 * `serializeExport` (composeSvg.ts) turns it into the file's markup.
 */
export function buildExportSvg(
  model: ViewModel,
  colours: ReadonlyMap<string, string>,
  link: string,
  root: ParentNode = document,
  /** At a print size: the chart drawn for it (renderChartAt) and the frame's width (exportSizes.ts). */
  print?: { chart: SVGSVGElement | null; frameWidth: number },
): ComposedElement {
  const chart =
    print?.chart ??
    (model.kind.element === 'table'
      ? tableSvg(
          document,
          tableColumns(model),
          tableRows(model),
          new Map(model.indicators.map((i) => [i.id, i.shortLabel])),
        )
      : root.querySelector<SVGSVGElement>(
          '#chart-panel figure svg[role="img"], main.embed figure svg[role="img"]',
        ));
  if (!chart) throw new Error('There is no chart on the page to export yet.');
  return composeExportElement(chart, {
    title: model.title,
    subtitle: model.subtitle,
    legend: legendItems(model, colours),
    notes: viewNotes(model),
    source: model.sourceLine,
    link,
    ...(print ? { minWidth: print.frameWidth } : {}),
  });
}
