import { canvasPng } from './encodePng';
import type { PngSize } from './imageSize';

/**
 * The export SVG as pixels. The page decodes the SVG as an image, then renders it once at its own
 * size (the markup's width and height are already the PNG's: serializeExport in composeFrame.tsx).
 */

/** Loads an image (here an SVG blob URL); rejects if the browser cannot render it. */
export function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'sync';
  const loaded = new Promise<HTMLImageElement>((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart image could not be rendered.'));
  });
  image.src = url;
  return loaded;
}

/**
 * The image rendered into an ImageBitmap of `size`, without a canvas (no canvas to allocate, clear
 * and paint white: the export SVG paints its own white background). `null` where the browser
 * cannot make an ImageBitmap of an SVG image.
 */
export async function imageBitmap(image: HTMLImageElement, { width, height }: PngSize) {
  if (typeof createImageBitmap === 'undefined') return null;
  const sameSize = image.naturalWidth === width && image.naturalHeight === height;
  try {
    return await (sameSize
      ? createImageBitmap(image)
      : createImageBitmap(image, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' }));
  } catch {
    return null;
  }
}

/** The fallback: the image drawn on a white canvas element, encoded there. */
export function drawToPng(image: HTMLImageElement, { width, height }: PngSize): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the PNG (no canvas).');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return canvasPng(canvas);
}
