import { initWasm, Resvg } from '@resvg/resvg-wasm';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import type { Env } from './pages';
import { readAsset } from './site';

/**
 * SVG → PNG with resvg (WebAssembly), initialised once per isolate, with the open font copied into
 * dist/fonts/ at build (vite.edge.config.ts): never a system font (resvg-wasm has none).
 */

let ready: Promise<void> | null = null;
let fonts: Promise<Uint8Array[]> | null = null;

export const FONT_FILES = ['/fonts/Inter-Regular.ttf', '/fonts/Inter-Bold.ttf'] as const;

function loadFonts(env: Env, origin: string): Promise<Uint8Array[]> {
  fonts ??= Promise.all(
    FONT_FILES.map(async (path) => {
      const response = await readAsset(env, origin, path);
      if (!response) throw new Error(`rasterise: ${path} could not be read`);
      return new Uint8Array(await response.arrayBuffer());
    }),
  ).catch((error: unknown) => {
    fonts = null;
    throw error;
  });
  return fonts;
}

export async function rasterise(env: Env, origin: string, svg: string, width: number): Promise<Uint8Array> {
  ready ??= initWasm(resvgWasm).catch((error: unknown) => {
    ready = null;
    throw error;
  });
  const [fontBuffers] = await Promise.all([loadFonts(env, origin), ready]);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      fontBuffers,
      loadSystemFonts: false,
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter',
      serifFamily: 'Inter',
      monospaceFamily: 'Inter',
    },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
