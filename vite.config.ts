import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type Rollup } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { CHART_KINDS, chartModule } from './src/data/chartRegistry.ts';

/**
 * Content-Security-Policy for the built app: no inline or foreign scripts. Added at build time
 * only, because the dev server's hot reload needs an inline script. Inline styles stay allowed:
 * React sets positions through the style attribute (tooltips, mark buttons).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(scriptHashes: readonly string[]): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // After the prerender plugin, which adds the hash of its inline script to `scriptHashes`.
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: CONTENT_SECURITY_POLICY.replace(
              "script-src 'self'",
              ["script-src 'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(' '),
            ),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** What a brief (`?brief=CC`) needs besides the entry: its page (the profile comes by its integrity, unchecked again). */
const BRIEF_MODULES = ['src/brief/BriefPage.tsx'] as const;

/** What an embedded view (`?embed=1`) needs besides the entry and its chart kind. */
const EMBED_MODULES = ['src/app/EmbeddedView.tsx'] as const;

/** What a profile panel needs besides the entry (fetched ahead only on a link the edge rendered). */
const PROFILE_MODULES = ['src/profiles/ProfilePanel.tsx'] as const;

/** The module of each lazily loaded chart kind, one per entry of src/data/chartRegistry.ts. */
const CHART_KIND_MODULES = Object.fromEntries(
  CHART_KINDS.map((kind) => [kind, `src/charts/${chartModule(kind)}.tsx`]),
);

/** Subresource Integrity of a file (`sha256-…`). */
const integrityOf = (content: Buffer) => `sha256-${createHash('sha256').update(content).digest('base64')}`;

/** A chunk's file and the files of the chunks it imports statically, depth first, except `skip`. */
function chunkFiles(
  bundle: Rollup.OutputBundle,
  fileName: string,
  skip: ReadonlySet<string> = new Set(),
  seen = new Set<string>(),
): string[] {
  if (seen.has(fileName) || skip.has(fileName)) return [];
  seen.add(fileName);
  const chunk = bundle[fileName];
  if (chunk?.type !== 'chunk') return [];
  return [fileName, ...chunk.imports.flatMap((f) => chunkFiles(bundle, f, skip, seen))];
}

/**
 * Renders the default view into index.html at build time (react-dom/static through Vite's
 * ssrLoadModule of src/app/boot/prerender.tsx), with what it needs to hydrate as a
 * `<script type="application/json">` (not executable). Vite's script and modulepreload tags are
 * replaced by a JSON list of the files and a small inline script in <head>, allowed by its hash in
 * the CSP (src/app/boot/bootFiles.ts), that loads them after the first paint (or at once, hiding the
 * prerendered view, on a link to another view). The CSP plugin, after it, allows the script by the
 * hash given here.
 */
function prerender(scriptHashes: string[]): Plugin {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  let base = '/';
  return {
    name: 'prerender-default-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const server = await createServer({
          root,
          configFile: false,
          plugins: [react()],
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { prerenderDefaultView } = (await server.ssrLoadModule(
            '/src/app/boot/prerender.tsx',
          )) as typeof import('./src/app/boot/prerender');
          const { bootFilesElement, bootScript, scriptJson } = (await server.ssrLoadModule(
            '/src/app/boot/bootFiles.ts',
          )) as typeof import('./src/app/boot/bootFiles');
          const { EUROPE_GEOMETRY_PATH } = (await server.ssrLoadModule(
            '/src/charts/map/geometryPath.ts',
          )) as typeof import('./src/charts/map/geometryPath');
          const { markup, data } = await prerenderDefaultView((path) =>
            JSON.parse(readFileSync(join(publicDir, path), 'utf8')),
          );
          const replace = (from: string | RegExp, to: string) => {
            const next = html.replace(from, to);
            if (next === html) throw new Error(`prerender: index.html has no ${String(from)}`);
            html = next;
          };
          const take = (pattern: RegExp): string[] => {
            const found = [...html.matchAll(pattern)].map((m) => m[1] ?? '');
            html = html.replace(pattern, '');
            return found;
          };
          const [entry, ...extraEntries] = take(
            /\s*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g,
          );
          if (!entry || extraEntries.length > 0)
            throw new Error('prerender: expected one module script in index.html');
          take(/\s*<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>/g);
          const bundle = context.bundle ?? {};
          // The entry's static imports, fetched beside it (not discovered once it has arrived).
          const initial = new Set(chunkFiles(bundle, entry.slice(base.length)));
          const preload = [...initial].filter((f) => base + f !== entry).map((f) => base + f);
          /** The files of `modules`' chunks and their static imports, besides the initial ones;
           * with `onDemand`, also what they import on demand (the map's geometry loader). */
          const filesOf = (modules: readonly string[], onDemand = false) => {
            const files = new Set<string>();
            for (const module of modules) {
              const chunk = Object.values(bundle).find(
                (c): c is Rollup.OutputChunk => c.type === 'chunk' && c.facadeModuleId === join(root, module),
              );
              if (!chunk) throw new Error(`prerender: no chunk for ${module}`);
              const starts = onDemand ? [chunk.fileName, ...chunk.dynamicImports] : [chunk.fileName];
              for (const f of starts.flatMap((start) => chunkFiles(bundle, start, initial)))
                files.add(base + f);
            }
            return [...files];
          };
          const kinds = Object.fromEntries(
            Object.entries(CHART_KIND_MODULES).map(([kind, module]) => [kind, filesOf([module], true)]),
          );
          // The map's geometry, fetched ahead on a link to the map (it must be there to draw).
          if (!existsSync(join(publicDir, EUROPE_GEOMETRY_PATH)))
            throw new Error(`prerender: no ${EUROPE_GEOMETRY_PATH} in ${publicDir} (npm run data writes it)`);
          const kindData = { map: [base + EUROPE_GEOMETRY_PATH] };
          // A link's profile: which files exist, fetched ahead by their hash. The panel's code is
          // fetched ahead only on a link the edge rendered (its panel's HTML is there to hydrate);
          // elsewhere it loads once the page is interactive (src/app/boot/deferredParts.ts).
          const codes = readdirSync(join(publicDir, 'data', 'profiles'))
            .filter((f) => /^[A-Z]{2}\.json$/.test(f))
            .map((f) => f.slice(0, 2))
            .sort();
          const profile = {
            chunks: filesOf(PROFILE_MODULES),
            folder: `${base}data/profiles/`,
            codes,
            // The files `npm run data` checked (zod, scripts/lib/parseProfile.ts), taken by their hash.
            integrity: Object.fromEntries(
              codes.map((code) => [
                code,
                integrityOf(readFileSync(join(publicDir, 'data', 'profiles', `${code}.json`))),
              ]),
            ),
          };
          // A link's brief: its page, and the profile's fetch and check.
          const brief = filesOf(BRIEF_MODULES);
          const embed = filesOf(EMBED_MODULES);
          const dataset = readFileSync(join(publicDir, 'data', 'indicators.json'));
          const files = {
            entry,
            preload,
            data: `${base}data/indicators.json?v=${createHash('sha256').update(dataset).digest('hex').slice(0, 12)}`,
            // The file `npm run data` checked (zod): the browser takes it by its hash, not a second check.
            dataIntegrity: integrityOf(dataset),
            defaultSearch: data.defaultSearch,
            kinds,
            kindData,
            profile,
            brief,
            embed,
          };
          const script = bootScript();
          scriptHashes.push(createHash('sha256').update(script).digest('base64'));
          // The stylesheet inline (3 KB gzip): no request between the HTML and its first paint, and
          // no layout of the page with the browser's own styles while it is on its way.
          const [stylesheet, ...moreStylesheets] = take(
            /\s*<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g,
          );
          const css = stylesheet ? bundle[stylesheet.slice(base.length)] : undefined;
          if (css?.type !== 'asset' || moreStylesheets.length > 0)
            throw new Error('prerender: expected one stylesheet in index.html');
          html = html.replace(
            '</head>',
            `  <style>${String(css.source).replace(/<\/style/gi, '<\\/style')}</style>\n  </head>`,
          );
          replace(/\s*<link rel="preload" href="\/data\/indicators.json"[^>]*>/, '');
          replace('<title>', `${bootFilesElement(files)}\n    <script>${script}</script>\n    <title>`);
          replace(
            '<div id="root"></div>',
            `<div id="root" data-ssr>${markup}</div>\n    <script type="application/json" id="initial-data">${scriptJson(data)}</script>`,
          );
          replace(
            /<noscript>[^<]*<\/noscript>/,
            '<noscript><p class="noscript-note">Without JavaScript this page shows the default view only: choosing countries, indicators and charts, and the downloads, need JavaScript.</p></noscript>',
          );
          return html;
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * Vite wraps every dynamic import in its preload helper (`__vitePreload`), even with
 * `modulePreload: false` (vitejs/vite#18551, #13952): 1.7 KB of the entry that fetches nothing
 * here, since the one stylesheet is inlined into index.html (`cssCodeSplit: false`) and the boot
 * script preloads what a link needs. This plugin resolves the helper's module to one that only
 * calls the import (a failed import rejects as it did; nothing listens for `vite:preloadError`).
 */
function noPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'no-preload-helper',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === id ? id : null),
    load: (source) => (source === id ? 'export const __vitePreload = (load) => load();' : null),
  };
}

const inlineScriptHashes: string[] = [];

/**
 * The service worker (Workbox, generated by vite-plugin-pwa): after one visit the whole dashboard
 * works offline. It precaches every file of the build: the app, every chart kind's code, the export
 * and brief code, the dataset, the profiles, the map's geometry and the data package. Pages
 * (navigations) go to the network first, so a server-rendered page is always the current one; offline
 * the page cached for that address, else the precached shell (index.html, which renders any view).
 * A new deployment waits until the page takes it (src/app/offline/: "New version: reload"), so no page
 * ever runs half old and half new. Registered by the app after it is interactive (never an inline
 * script: the CSP allows scripts by hash only).
 */
const serviceWorker = () =>
  VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,json,svg,zip,csv}'],
      // The bench's and budgets' floor pages, if a run left one behind, are not the app.
      globIgnores: ['**/*floor*.html'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // `?v=<hash>` on the dataset (bootFiles.ts) is a cache buster; the precache holds that version.
      ignoreURLParametersMatching: [/^v$/, /^utm_/, /^fbclid$/],
      // `/` is a page: network first below, never served from the precache while online.
      directoryIndex: null,
      navigateFallback: null,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          urlPattern: ({ request }) => request.mode === 'navigate',
          handler: 'NetworkFirst',
          options: {
            cacheName: 'pages',
            networkTimeoutSeconds: 6,
            expiration: { maxEntries: 40 },
            precacheFallback: { fallbackURL: 'index.html' },
          },
        },
      ],
    },
  });

export default defineConfig({
  plugins: [
    noPreloadHelper(),
    react(),
    prerender(inlineScriptHashes),
    contentSecurityPolicy(inlineScriptHashes),
    serviceWorker(),
  ],
  // No modulepreload helper: it ran on every dynamic import, adding <link> elements (177 ms of main
  // thread at 4× CPU in a profile of the first load). The boot script preloads what a deep link needs.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    cssCodeSplit: false,
    // Four chunk groups. `react`: react-dom, react, its JSX runtime and the scheduler in one chunk (the
    // bundler otherwise split react and its JSX runtime from react-dom into two small chunks that every
    // page fetches, 605 B gzip more than one; issue 24, initial JS; it also outlives the app's deployments
    // in the browser's cache). The pieces the chart kinds draw with (src/charts/shared/): split by which
    // kinds import them, they made seven small chunks that the landing view (All surveys) fetched each,
    // 0.9 KB gzip more of its initial JS than one (issue 27). `chart-parts` holds what every drawn kind
    // uses (the svg shell, a mark and its pointer side, the keyboard layer, tooltip lines, axes,
    // measures, staged drawing); `label-parts` what the kinds with panels or value labels add (All surveys, Over time,
    // map: panels, value labels and their placement), which the row kinds and the brief no longer fetch
    // (−560 B gzip on a deep link to the gap chart, +238 B on All surveys, Over time and the map);
    // `row-parts` what the row kinds add (bars, ranking, gap, scatter, Over time).
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only the modules named: their dependencies (the data code of the page's script) stay where
          // they were.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'chart-parts',
              test: /src[\\/]charts[\\/]shared[\\/](ChartSvg|Mark|MarkLayer|useMarks|useStaged|tooltip|highlight|measure|TopAxis)\.tsx?$/,
            },
            {
              name: 'label-parts',
              test: /src[\\/]charts[\\/]shared[\\/](Panel|ValueLabels|placeLabels)\.tsx?$/,
            },
            {
              name: 'row-parts',
              test: /src[\\/]charts[\\/]shared[\\/](RowParts|SeriesPatterns)\.tsx?$/,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A limit for a hang, not a speed check: the Frictionless and librsvg tests run real tools,
          // which took over the 5 s default on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          // Waits for states up to 10 s (setup.ts): the test's own limit is above that.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/serve.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // expect.poll waits for a state (a URL written after the frame, a status after a download):
          // up to 10 s on a loaded machine rather than vitest's 1 s; it returns as soon as the state is there.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        // The same built app through its Pages Functions on workerd (wrangler pages dev): functions/.
        extends: true,
        test: {
          name: 'edge',
          include: ['tests/edge/**/*.edge.ts'],
          environment: 'node',
          globalSetup: ['tests/edge/serveEdge.ts'],
          fileParallelism: false,
          // After the e2e project, not beside it: one Chromium at a time on a small machine.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
