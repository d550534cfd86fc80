import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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

/**
 * Renders the default view into index.html at build time (react-dom/static through Vite's
 * ssrLoadModule of src/boot/prerender.tsx), with the built-in data it needs as a
 * `<script type="application/json">` (not executable) and a small inline script in <head>, allowed
 * by its hash in the CSP, that hides the prerendered view on a link to another view. The browser
 * hydrates it (src/main.tsx). The CSP plugin, after it, allows the script by the hash given here.
 */
function prerender(scriptHashes: string[]): Plugin {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  return {
    name: 'prerender-default-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
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
            '/src/boot/prerender.tsx',
          )) as typeof import('./src/boot/prerender');
          const { initialDataJson } = (await server.ssrLoadModule(
            '/src/boot/initialData.ts',
          )) as typeof import('./src/boot/initialData');
          const { markup, data, headScript } = await prerenderDefaultView((path) =>
            JSON.parse(readFileSync(join(publicDir, path), 'utf8')),
          );
          const hash = createHash('sha256').update(headScript).digest('base64');
          const replace = (from: string | RegExp, to: string) => {
            const next = html.replace(from, to);
            if (next === html) throw new Error(`prerender: index.html has no ${String(from)}`);
            html = next;
          };
          scriptHashes.push(hash);
          replace(/\s*<link rel="preload" href="\/data\/indicators.json"[^>]*>/, '');
          replace('<title>', `<script>${headScript}</script>\n    <title>`);
          replace(
            '<div id="root"></div>',
            `<div id="root" data-ssr>${markup}</div>\n    <script type="application/json" id="initial-data">${initialDataJson(data)}</script>`,
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

const inlineScriptHashes: string[] = [];

export default defineConfig({
  plugins: [react(), prerender(inlineScriptHashes), contentSecurityPolicy(inlineScriptHashes)],
  build: { target: 'es2022', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
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
        },
      },
    ],
  },
});
