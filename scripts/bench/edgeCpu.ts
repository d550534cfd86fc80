import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { HARD_LINKS } from './edgeHardLinks';

/**
 * CPU per request of the edge renderer (functions/_lib/generated/edge.js, the bundle the Pages
 * Functions import), measured in Node: the same JavaScript on the same engine (V8) as workerd, files
 * read from dist/ as the ASSETS binding reads them, CPU time by process.cpuUsage() around each call
 * (user + system, one thread; the reads are synchronous and small). Workers bill and limit CPU time,
 * not wall time: Free allows 10 ms per request, Paid 30 s.
 */

export interface EdgeCpu {
  /** The first page render of an isolate: the dataset read and checked, then the view rendered. */
  coldPageMs: number;
  /** A page render with the dataset in memory (median). */
  warmPageMs: number;
  /** The preview image: SVG drawn (warm, median) and rasterised by resvg (median). */
  previewSvgMs: number;
  rasterMs: number;
  /** An oEmbed answer (warm, median). */
  oembedMs: number;
  /** The same for each hard link of issue 24 (edgeHardLinks.ts), dataset in memory, medians. */
  hard: HardLinkCpu[];
}

export interface HardLinkCpu {
  name: string;
  pageMs: number;
  /** The preview image: SVG drawn and rasterised by resvg. */
  previewMs: number;
  oembedMs: number;
}

const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export async function measureEdgeCpu(root: string, dist: string, link: string, runs = 7): Promise<EdgeCpu> {
  const edge = (await import(
    pathToFileURL(join(root, 'functions', '_lib', 'generated', 'edge.js')).href
  )) as typeof import('../../src/app/edge/entry');
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  const read = async (path: string) => {
    try {
      return readFileSync(join(dist, new URL(path, 'http://x').pathname), 'utf8');
    } catch {
      return null;
    }
  };
  const url = (query: string, path = '/') => new URL(`${path}${query}`, 'https://edge.example');
  const start = process.cpuUsage();
  await edge.renderPage(url(link), template, read);
  const coldPageMs = cpuMs(start);
  const warm: number[] = [];
  const svg: number[] = [];
  const raster: number[] = [];
  const oembed: number[] = [];
  await initWasm(readFileSync(join(root, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm')));
  const fonts = ['Inter-Regular.ttf', 'Inter-Bold.ttf'].map((f) => readFileSync(join(dist, 'fonts', f)));
  const rasterise = (markup: string) =>
    new Resvg(markup, {
      fitTo: { mode: 'width', value: 1200 },
      font: { fontBuffers: fonts, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    })
      .render()
      .asPng();
  /** CPU ms of one call. */
  const timed = async (work: () => unknown) => {
    const begin = process.cpuUsage();
    await work();
    return cpuMs(begin);
  };
  const oembedOf = (query: string) =>
    edge.oembed(
      url(`?url=${encodeURIComponent(`https://edge.example/${query}`)}`, '/oembed'),
      template,
      read,
    );
  for (let run = 0; run < runs; run++) {
    // The renderer keeps nothing but the dataset between calls (the cache is the functions'):
    // the same link is the same work each time.
    warm.push(await timed(() => edge.renderPage(url(link), template, read)));
    let markup = '';
    svg.push(
      await timed(async () => {
        markup = await edge.previewSvg(url(link, '/preview.png'), template, read);
      }),
    );
    raster.push(await timed(() => rasterise(markup)));
    oembed.push(await timed(() => oembedOf(link)));
  }
  const hard: HardLinkCpu[] = [];
  for (const { name, query } of HARD_LINKS) {
    const page: number[] = [];
    const preview: number[] = [];
    const answer: number[] = [];
    for (let run = 0; run < runs; run++) {
      page.push(await timed(() => edge.renderPage(url(query), template, read)));
      preview.push(
        await timed(async () => rasterise(await edge.previewSvg(url(query, '/preview.png'), template, read))),
      );
      answer.push(await timed(() => oembedOf(query)));
    }
    hard.push({ name, pageMs: median(page), previewMs: median(preview), oembedMs: median(answer) });
  }
  return {
    coldPageMs,
    warmPageMs: median(warm),
    previewSvgMs: median(svg),
    rasterMs: median(raster),
    oembedMs: median(oembed),
    hard,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = join(import.meta.dirname, '..', '..');
  const link =
    process.argv[2] ?? '?countries=FR,DE,DK,NL,SE&indicators=computer,internet,epr&chart=gap&profile=DE';
  console.log(await measureEdgeCpu(root, join(root, 'dist'), link));
}
