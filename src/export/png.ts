/** Rasterizes a standalone SVG to PNG at 2× (or more, so the image is at least 1200 px wide). */
export const MIN_PNG_WIDTH = 1200;

export function pngScale(width: number): number {
  return Math.max(2, Math.ceil(MIN_PNG_WIDTH / Math.max(1, width)));
}

/**
 * Draws `markup` (a standalone SVG whose width and height are already `width`×`height` times
 * `scale`: serializeExport in composeSvg.ts) onto a canvas of that size, once, and encodes it as PNG.
 * An OffscreenCanvas where there is one: its convertToBlob encodes without waiting for the page's
 * idle time, as a canvas element's toBlob does.
 */
export async function svgToPng(markup: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart image could not be rendered.'));
    });
    image.src = url;
    await loaded;
    const pixelWidth = Math.round(width * scale);
    const pixelHeight = Math.round(height * scale);
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(pixelWidth, pixelHeight);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('This browser cannot draw the PNG (no canvas).');
      paint(context, image, pixelWidth, pixelHeight);
      return await canvas.convertToBlob({ type: 'image/png' });
    }
    const canvas = document.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the PNG (no canvas).');
    paint(context, image, pixelWidth, pixelHeight);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function paint(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  image: HTMLImageElement,
  width: number,
  height: number,
) {
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  // The image's own size is the canvas's: drawn 1:1, no resampling.
  context.drawImage(image, 0, 0, width, height);
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
