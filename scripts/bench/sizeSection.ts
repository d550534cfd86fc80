import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleSizes, total } from './bundleSize';
import { addValue, bytes } from './report';

/** Section 1 of the bench: gzip bytes of the first page load's JS and CSS, of each lazy chunk
 * (bundleSize.ts) and of the map's geometry. */
export function sizeSection(outDir: string) {
  const sizes = bundleSizes(outDir);
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  addValue('size (gzip)', `initial JS (${files(sizes.initialJs.length)})`, bytes(total(sizes.initialJs)));
  addValue('size (gzip)', `initial CSS (${files(sizes.initialCss.length)})`, bytes(total(sizes.initialCss)));
  for (const chunk of [...sizes.lazy].sort((a, b) => b.gzip - a.gzip)) {
    addValue('size (gzip)', `lazy ${chunk.file.replace(/^assets\//, '')}`, bytes(chunk.gzip));
  }
  for (const file of readdirSync(join(outDir, 'data')).filter((f) => f.startsWith('europe.'))) {
    const content = readFileSync(join(outDir, 'data', file));
    addValue(
      'size (gzip)',
      `map geometry data/${file} (raw ${bytes(content.length)})`,
      bytes(gzipSync(content, { level: 9 }).length),
    );
  }
}
