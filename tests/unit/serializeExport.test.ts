import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DrawnChart } from '../../src/charts/shared/ChartSvg';
import { composeFrame, serializeExport } from '../../src/export/composeFrame';
import { pngSize } from '../../src/export/png';

function chart(width: number, height: number): DrawnChart {
  return { label: 'A chart', width, height, children: createElement('rect') };
}

const meta = {
  title: 'A title',
  subtitle: 'A subtitle',
  legend: [],
  source: 'Data: a source',
  link: 'https://x.test/',
};
/** The root <svg>'s attributes, read from the markup. */
const rootOf = (markup: string) => {
  const tag = /<svg [^>]*>/.exec(markup)?.[0] ?? '';
  return { getAttribute: (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1] ?? null };
};

describe('serializeExport', () => {
  const composed = composeFrame(renderToStaticMarkup, chart(1368, 660), meta);
  /** The file's root as it is after serializations at other sizes. */
  const element = () => rootOf(serializeExport(composed).markup);

  it('writes the frame size without pixels (the SVG file)', () => {
    const root = rootOf(serializeExport(composed).markup);
    expect(root.getAttribute('width')).toBe(String(composed.width));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${composed.width} ${composed.height}`);
  });

  it('writes the PNG size with pixels, one scale across and down, and leaves the element as it was', () => {
    const size = pngSize(composed.width, composed.height);
    const { markup, width, height } = serializeExport(composed, size);
    const root = rootOf(markup);
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([
      String(size.width),
      String(size.height),
    ]);
    const [, , vw, vh] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(vw).toBe(composed.width);
    expect(size.width / (vw ?? 0)).toBeCloseTo(size.height / (vh ?? 0), 9);
    expect(composed.height - (vh ?? 0)).toBeGreaterThanOrEqual(0);
    expect(composed.height - (vh ?? 0)).toBeLessThan(1);
    expect([width, height]).toEqual([composed.width, composed.height]);
    // The same content: only the root's size attributes differ from the SVG file's.
    const strip = (m: string) => m.replace(/<svg [^>]*>/, '');
    expect(strip(markup)).toBe(strip(serializeExport(composed).markup));
    expect(element().getAttribute('width')).toBe(String(composed.width));
    expect(element().getAttribute('viewBox')).toBe(`0 0 ${composed.width} ${composed.height}`);
  });
});
