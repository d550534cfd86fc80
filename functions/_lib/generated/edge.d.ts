// Types of edge.js, which vite.edge.config.ts bundles from src/app/edge/entry.ts (`npm run build`).
export * from '../../../src/app/edge/entry';
