import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Sizes of the built app: what the first load fetches (the entry and its static imports, named in
 * index.html's boot file list (src/app/boot/bootFiles.ts), with the chunks of the default view's chart
 * kind, which the page loads before it hydrates; in a build without the list, its script and
 * modulepreload tags; the CSS, a file or inline in <head>) and the lazy chunks.
 */

export interface BundleSizes {
  initialJs: { file: string; bytes: number; gzip: number }[];
  initialCss: { file: string; bytes: number; gzip: number }[];
  lazy: { file: string; bytes: number; gzip: number }[];
}

const sizeOf = (dist: string, file: string) => {
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
};

export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => (m[1] ?? '').replace(/^\//, ''));
  const bootFiles = /<script type="application\/json" id="boot-files">([^<]*)<\/script>/.exec(html)?.[1];
  const boot = bootFiles
    ? (JSON.parse(bootFiles) as {
        entry: string;
        preload: string[];
        defaultSearch?: string;
        kinds?: Record<string, string[]>;
      })
    : null;
  // The default view's chart kind is a lazy chunk that the page loads before it hydrates: initial too.
  const defaultKind = new URLSearchParams(boot?.defaultSearch ?? '').get('chart') ?? '';
  const defaultKindFiles =
    boot?.kinds && Object.hasOwn(boot.kinds, defaultKind) ? (boot.kinds[defaultKind] ?? []) : [];
  const initialJsFiles = new Set(
    boot
      ? [boot.entry, ...boot.preload, ...defaultKindFiles].map((f) => f.replace(/^\//, ''))
      : [
          ...refs(/<script[^>]+src="([^"]+\.js)"/g),
          ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
        ],
  );
  const initialCssFiles = new Set(refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g));
  const assets = readdirSync(join(dist, 'assets')).filter((f) => statSync(join(dist, 'assets', f)).isFile());
  const lazy = assets.map((f) => `assets/${f}`).filter((f) => f.endsWith('.js') && !initialJsFiles.has(f));
  const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m, i) => {
    const content = Buffer.from(m[1] ?? '');
    return {
      file: `index.html <style> ${i + 1}`,
      bytes: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
    };
  });
  return {
    initialJs: [...initialJsFiles].map((f) => sizeOf(dist, f)),
    initialCss: [...initialCssFiles].map((f) => sizeOf(dist, f)).concat(inlineCss),
    lazy: lazy.map((f) => sizeOf(dist, f)),
  };
}

export const total = (list: { gzip: number }[]) => list.reduce((sum, x) => sum + x.gzip, 0);
