import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

/** Serves the built app (dist/) with `vite preview` for the browser tests. */
export default async function serve(project: TestProject) {
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('vite preview did not report its address');
  project.provide('baseUrl', address);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
