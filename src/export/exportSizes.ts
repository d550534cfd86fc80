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
