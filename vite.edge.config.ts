import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The edge renderer (src/app/edge/entry.ts) bundled for Cloudflare's runtime (workerd): one ES
 * module, React's production build, everything inlined, in functions/_lib/generated/ (not in git),
 * which the Pages Functions import. Run after the app's build (`npm run build`): it also copies the
 * preview image's font into dist/ (a .ttf cannot be imported by the Functions build; the functions
 * read it through ASSETS).
 */

/** The open font of the preview images (SIL Open Font License), from @expo-google-fonts/inter. */
export const PREVIEW_FONTS = {
  'Inter-Regular.ttf': '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  'Inter-Bold.ttf': '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
} as const;

function copyPreviewFonts(): Plugin {
  return {
    name: 'copy-preview-fonts',
    closeBundle() {
      const require = createRequire(import.meta.url);
      const folder = join(process.cwd(), 'dist', 'fonts');
      mkdirSync(folder, { recursive: true });
      for (const [name, module] of Object.entries(PREVIEW_FONTS))
        copyFileSync(require.resolve(module), join(folder, name));
    },
  };
}

export default defineConfig({
  plugins: [react(), copyPreviewFonts()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  ssr: { target: 'webworker', noExternal: true },
  resolve: { conditions: ['workerd', 'worker', 'browser', 'import', 'module', 'default'] },
  build: {
    ssr: 'src/app/edge/entry.ts',
    outDir: 'functions/_lib/generated',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'edge.js', format: 'es' } },
  },
});
