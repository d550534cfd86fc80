/**
 * PNG encoding of an already rendered image (an ImageBitmap), with the browser's own encoder. In a
 * Web Worker where the browser has one: a canvas's PNG encoder on the page runs in the main
 * thread's idle time, slower and in the way of the page. On the page otherwise.
 */

export interface PngEncoder {
  /** The PNG of `bitmap` (consumed), or `null` if the worker failed. */
  encode(bitmap: ImageBitmap): Promise<Blob | null>;
  /** Ends the worker; call once done (after `encode` settled, or without calling it). */
  dispose(): void;
}

const ON_PAGE: PngEncoder = { encode: (bitmap) => encodePngOnPage(bitmap), dispose: () => undefined };

/**
 * Starts the encoding worker at once, so that it starts up while the page renders the image.
 * Where there is no Worker or OffscreenCanvas, or it cannot start, the encoder encodes on the page.
 */
export function startPngEncoder(): PngEncoder {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return ON_PAGE;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pngWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return ON_PAGE;
  }
  return {
    encode: (bitmap) =>
      new Promise((resolve) => {
        worker.onmessage = (event: MessageEvent<unknown>) =>
          resolve(event.data instanceof Blob ? event.data : null);
        worker.onerror = () => resolve(null);
        worker.postMessage(bitmap, [bitmap]);
      }),
    dispose: () => worker.terminate(),
  };
}

/** The PNG of `bitmap`, encoded on the page (the bitmap is consumed). */
export async function encodePngOnPage(bitmap: ImageBitmap): Promise<Blob> {
  try {
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('bitmaprenderer');
      if (context) {
        context.transferFromImageBitmap(bitmap);
        return await canvas.convertToBlob({ type: 'image/png' });
      }
    }
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('bitmaprenderer');
    if (!context) throw new Error('This browser cannot draw the PNG (no canvas).');
    context.transferFromImageBitmap(bitmap);
    return await canvasPng(canvas);
  } finally {
    bitmap.close();
  }
}

/** A canvas element's content as PNG. */
export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
      'image/png',
    ),
  );
}
