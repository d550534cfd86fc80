import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarsChart } from '../../src/charts/bars/BarsChart';
import { GapChart } from '../../src/charts/gap/GapChart';
import { RankingChart } from '../../src/charts/ranking/RankingChart';
import { ScatterChart } from '../../src/charts/scatter/ScatterChart';
import { viewColours } from '../../src/charts/shared/palette';
import { TimeChart } from '../../src/charts/time/TimeChart';
import type { ChartProps } from '../../src/charts/types';
import type { ChartKind } from '../../src/data/view';
import { buildViewModel } from '../../src/data/viewModel';
import { composeView, serializeExport } from '../../src/export/composeFrame';
import { EXPORT_SIZES } from '../../src/export/exportSizes';
import {
  frameWidthFor,
  MIN_TEXT_PT,
  physicalSize,
  printedPt,
  printPngSize,
} from '../../src/export/printSize';
import { index } from '../unit/fixtures';

const KINDS: [ChartKind, ComponentType<ChartProps>][] = [
  ['bars', BarsChart],
  ['gap', GapChart],
  ['ranking', RankingChart],
  ['scatter', ScatterChart],
  ['time', TimeChart],
];

/** Each text's font size in px, inherited from the nearest element that sets one (16 px: none). */
function textSizes(root: Element): number[] {
  return [...root.querySelectorAll('text, tspan')]
    .filter((t) => (t.textContent ?? '').trim() !== '')
    .map((t) => {
      for (let e: Element | null = t; e; e = e.parentElement) {
        const size = e.getAttribute('font-size');
        if (size) return Number(size);
      }
      return 16;
    });
}

/** The view's export at a print size, as the Download buttons make it (the chart drawn for that width). */
function exportAt(kind: ChartKind, Chart: ComponentType<ChartProps>, frameWidth: number) {
  const view = {
    countries: ['FR', 'DE', 'DK', 'GR', 'GB'],
    indicators: ['computer', 'internet', 'epr'],
    chart: kind,
    profile: null,
    time: 'latest' as const,
    embed: false,
  };
  const model = buildViewModel(index, view);
  const colours = viewColours(
    view.indicators,
    index.dataset.indicators.map((i) => i.id),
  );
  const composed = composeView(renderToStaticMarkup, {
    index,
    model,
    colours,
    Chart,
    chartWidth: frameWidth - 48,
    link: 'https://example.org/?countries=FR,DE,DK,GR,GB&indicators=computer,internet,epr',
    minWidth: frameWidth,
  });
  /** The file's root element, as the SVG file has it. */
  const element = () =>
    new DOMParser().parseFromString(serializeExport(composed).markup, 'image/svg+xml').documentElement;
  return Object.assign(composed, { element });
}

describe('export sizes (issue 21.6): text prints at 8 pt or more', () => {
  for (const size of EXPORT_SIZES.filter((s) => s.widthMm !== null)) {
    for (const [kind, Chart] of KINDS) {
      it(`${size.label}, ${kind}: every text is at least 8 pt at the image's physical width`, () => {
        const frameWidth = frameWidthFor(size) ?? 0;
        const composed = exportAt(kind, Chart, frameWidth);
        // The chart was drawn for the size: the frame is exactly as wide as planned, not wider.
        expect(composed.width).toBe(frameWidth);
        const sizes = textSizes(composed.element());
        expect(sizes.length).toBeGreaterThan(5);
        const smallest = Math.min(...sizes);
        expect(printedPt(smallest, composed.width, size)).toBeGreaterThanOrEqual(MIN_TEXT_PT);

        // The SVG says its physical size in mm, with the same aspect as its viewBox.
        const markup = serializeExport(composed, undefined, physicalSize(composed, size)).markup;
        const rootTag = markup.match(/<svg [^>]*>/)?.[0] ?? '';
        const attr = (name: string) => rootTag.match(new RegExp(` ${name}="([^"]*)"`))?.[1] ?? null;
        expect(attr('width')).toBe(`${size.widthMm}mm`);
        const heightMm = Number.parseFloat(attr('height') ?? '');
        expect(heightMm).toBeCloseTo(((size.widthMm ?? 0) * composed.height) / composed.width, 1);
        expect(attr('viewBox')).toBe(`0 0 ${composed.width} ${composed.height}`);
        // The element itself is left at its px size for the next serialization (the PNG).
        expect(composed.element().getAttribute('width')).toBe(String(composed.width));

        // The PNG has the size's pixels across, at the same scale down.
        const png = printPngSize(composed, size);
        expect(png?.width).toBe(size.pngWidth);
        expect(png?.height).toBe(
          Math.floor((composed.height * (size.pngWidth ?? 0)) / composed.width + 1e-6),
        );
      });
    }
  }

  it('A4 column: the 16 cm image is 623 px wide, 300 dpi as a PNG (1,890 px)', () => {
    const column = EXPORT_SIZES.find((s) => s.id === 'column');
    if (!column) throw new Error('no A4 column size');
    expect(frameWidthFor(column)).toBe(623);
    expect(column.pngWidth).toBe(1890);
    // The screen's chart in a 16 cm column, as before: a 1,000 px frame gave 5 pt labels.
    expect(printedPt(11, 1000, column)).toBeLessThan(5.1);
  });
});
