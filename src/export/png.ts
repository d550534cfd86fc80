import { encodePngOnPage, startPngEncoder } from './encodePng';
import type { PngSize } from './imageSize';
import { drawToPng, imageBitmap, loadImage } from './svgImage';

/**
 * How many pixels the PNG has: twice the export's size (sharp on a high-density screen or a
 * slide), but at most 2,400 px wide (300 dpi across 20 cm, more than an A4 page's text width;
 * a full-HD slide is 1,920 px wide) and at least 1,200 px wide. Past 2,400 px a wider image only
 * costs time and bytes; the rendering stays vector-sharp at any scale (text and lines are drawn at
 * the PNG's size, not enlarged), and never below the export's own size.
 */
export const MIN_PNG_WIDTH = 1200;
export const MAX_PNG_WIDTH = 2400;

export type { PngSize } from './imageSize';

export function pngScale(width: number): number {
  const w = Math.max(1, width);
  if (w * 2 < MIN_PNG_WIDTH) return Math.ceil(MIN_PNG_WIDTH / w);
  return Math.max(1, Math.min(2, MAX_PNG_WIDTH / w));
}

/**
 * The PNG's size in pixels for an export of `width`×`height`. The height is rounded down, so the
 * image keeps one scale across and down (serializeExport trims the viewBox by that fraction of a
 * pixel of white margin, rather than leave a half-painted last row).
 */
export function pngSize(width: number, height: number): PngSize {
  const scale = pngScale(width);
  return { width: Math.round(width * scale), height: Math.floor(height * scale + 1e-6) };
}

/**
 * The PNG of `markup`, a standalone SVG whose width and height are already the PNG's `size`
 * (serializeExport in composeFrame.tsx): the page decodes it and renders it once, into an ImageBitmap,
 * and a worker encodes that while the page stays free. Where the browser lacks a part of that, the
 * page does the rest (the bitmap, else a canvas element).
 */
export async function svgToPng(markup: string, size: PngSize): Promise<Blob> {
  const encoder = startPngEncoder();
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const bitmap = await imageBitmap(image, size);
    if (!bitmap) return await drawToPng(image, size);
    const png = await encoder.encode(bitmap);
    if (png) return png;
    // The worker failed (the bitmap went with it): the page renders and encodes again.
    const again = await imageBitmap(image, size);
    return await (again ? encodePngOnPage(again) : drawToPng(image, size));
  } finally {
    encoder.dispose();
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
