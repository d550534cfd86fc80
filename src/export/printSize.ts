import { EXPORT_SIZES, type ExportSize } from './exportSizes';

/**
 * The arithmetic of a print size (exportSizes.ts): the width a chart is laid out at, the size its
 * text prints at, the SVG's and the PNG's dimensions. Only the export code needs it; the size list
 * stays with the select in the initial script.
 */

export function exportSize(id: string): ExportSize {
  return EXPORT_SIZES.find((s) => s.id === id) ?? (EXPORT_SIZES[0] as ExportSize);
}

/** The smallest text an export draws, in px (user units): value labels and the link line. */
export const SMALLEST_TEXT_PX = 11;
export const MIN_TEXT_PT = 8;
const PT_PER_MM = 72 / 25.4;

/**
 * The frame width in px at which `smallestText` reads at MIN_TEXT_PT when the image is `widthMm`
 * wide (A4 column: 623 px; slide: 1,320 px); null for Screen.
 */
export function frameWidthFor(size: ExportSize, smallestText = SMALLEST_TEXT_PX): number | null {
  if (size.widthMm === null) return null;
  return Math.floor((size.widthMm * PT_PER_MM * smallestText) / MIN_TEXT_PT);
}

/** The size in points at which text of `px` prints in an image of `frameWidth` px at `size`. */
export function printedPt(px: number, frameWidth: number, size: ExportSize): number | null {
  if (size.widthMm === null) return null;
  return (px * size.widthMm * PT_PER_MM) / frameWidth;
}

/** The SVG's width and height attributes at a print size ("160mm", "123.4mm"); null for Screen. */
export function physicalSize(
  frame: { width: number; height: number },
  size: ExportSize,
): { width: string; height: string } | null {
  if (size.widthMm === null) return null;
  const mm = (v: number) => `${Number(v.toFixed(2))}mm`;
  return { width: mm(size.widthMm), height: mm((frame.height * size.widthMm) / frame.width) };
}

/** The PNG's pixels at a print size (the height at the same scale, rounded down); null for Screen. */
export function printPngSize(
  frame: { width: number; height: number },
  size: ExportSize,
): { width: number; height: number } | null {
  if (size.pngWidth === null) return null;
  return {
    width: size.pngWidth,
    height: Math.floor((frame.height * size.pngWidth) / frame.width + 1e-6),
  };
}
