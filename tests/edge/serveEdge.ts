import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startWranglerDev } from '../../scripts/lib/wranglerDev';

/**
 * Serves the built app (dist/) with its Pages Functions on workerd (`wrangler pages dev`), for the
 * edge tests: `npm run build` (or test:e2e) builds both dist/ and the functions' renderer first.
 */
export default async function serveEdge(project: TestProject) {
  if (!existsSync('functions/_lib/generated/edge.js'))
    throw new Error('no functions/_lib/generated/edge.js: run `npm run build` first');
  const server = await startWranglerDev();
  project.provide('baseUrl', server.url);
  return async () => {
    await server.stop();
  };
}
