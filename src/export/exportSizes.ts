/**
 * Export sizes (issue 21.6). "Screen" is the chart as drawn, in pixels. A print size has a physical
 * width: the chart is laid out again at the width in px at which its smallest text (11 px: value
 * labels, the link) reads at 8 pt once the image is that wide, and the SVG's width and height are
 * written in millimetres (the viewBox stays in px), so Word, LibreOffice or PowerPoint place it at
 * that size. A 1,000 px wide chart squeezed into a 16 cm column had 5–6 pt labels.
 */

export type ExportSizeId = 'screen' | 'column' | 'slide';

export interface ExportSize {
  id: ExportSizeId;
  label: string;
  /** The physical width of the image, or null for Screen (pixels only). */
  widthMm: number | null;
  /** The PNG's width in pixels at a print size (300 dpi for print, full HD for a slide). */
  pngWidth: number | null;
}

export const EXPORT_SIZES: readonly ExportSize[] = [
  { id: 'screen', label: 'Screen', widthMm: null, pngWidth: null },
  // A4 (210 mm) with 25 mm margins: the text column of a Word or LibreOffice page. 300 dpi.
  { id: 'column', label: 'A4 column (16 cm)', widthMm: 160, pngWidth: Math.round((160 / 25.4) * 300) },
  // The width of a 16:9 slide (13.33 in, PowerPoint's and Impress's default); the PNG is full HD wide.
  { id: 'slide', label: 'Slide (16:9, 33.9 cm)', widthMm: 338.67, pngWidth: 1920 },
];

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
