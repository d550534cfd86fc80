/**
 * `npx tsx scripts/bench/initialJs.ts [BASE_URL]`: the scripts Chromium fetches before `/` and the
 * budgets' deep link are interactive, with their gzip sizes (initialScripts.ts). Without a URL it
 * serves dist/ with vite preview; with one (e.g. `wrangler pages dev` on dist/) it measures that.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browser';
import { DEEP_LINK } from './budgets.config';
import { measureInitialScripts } from './initialScripts';
import { serveBuild } from './serve';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const given = process.argv[2];
const served = given ? null : await serveBuild();
const base = given ?? served?.url ?? '';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const path of ['', DEEP_LINK]) {
    const m = await measureInitialScripts(browser, new URL(path, base).toString(), { dist });
    console.log(
      `${path || '/'}: ${m.total} B gzip in ${m.scripts.length} scripts, ready at ${Math.round(m.readyMs)} ms`,
    );
    for (const s of [...m.scripts].sort((a, b) => b.gzip - a.gzip))
      console.log(`  ${String(s.gzip).padStart(7)}  ${s.url}  (${s.measured})`);
  }
} finally {
  await browser.close();
  await served?.server.close();
}
