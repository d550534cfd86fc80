/** A raster image's size in pixels (png.ts chooses it; svgImage.ts draws at it). */
export interface PngSize {
  width: number;
  height: number;
}
