import { type PreviewServer, preview } from 'vite';

/** Serves a build (dist/ unless `outDir` says another folder) with vite preview on a free loopback port. */
export async function serveBuild(outDir?: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({
    ...(outDir ? { build: { outDir } } : {}),
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return { url, server };
}
