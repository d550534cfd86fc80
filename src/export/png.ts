import { encodePngOnPage, startPngEncoder } from './encodePng';
import { drawToPng, imageBitmap, loadImage } from './svgImage';

/** Rasterizes a standalone SVG to PNG at 2× (or more, so the image is at least 1200 px wide). */
export const MIN_PNG_WIDTH = 1200;

export interface PngSize {
  width: number;
  height: number;
}

export function pngScale(width: number): number {
  return Math.max(2, Math.ceil(MIN_PNG_WIDTH / Math.max(1, width)));
}

/** The PNG's size in pixels for an export of `width`×`height`. */
export function pngSize(width: number, height: number): PngSize {
  const scale = pngScale(width);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/**
 * The PNG of `markup`, a standalone SVG whose width and height are already the PNG's `size`
 * (serializeExport in composeSvg.ts): the page decodes it and renders it once, into an ImageBitmap,
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
