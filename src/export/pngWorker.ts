/// <reference lib="webworker" />

/**
 * Encodes a rendered chart image as PNG off the main thread: the ImageBitmap is handed to an
 * OffscreenCanvas without a copy (bitmaprenderer) and encoded by the browser's own PNG encoder.
 * Replies with the PNG Blob, or with `null` when this worker cannot encode (the page then does).
 */
self.onmessage = async (event: MessageEvent<ImageBitmap>) => {
  const bitmap = event.data;
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('bitmaprenderer');
    if (!context) throw new Error('no bitmaprenderer');
    context.transferFromImageBitmap(bitmap);
    self.postMessage(await canvas.convertToBlob({ type: 'image/png' }));
  } catch {
    bitmap.close();
    self.postMessage(null);
  }
};
