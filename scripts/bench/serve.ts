import { type PreviewServer, preview } from 'vite';

/** Serves dist/ with vite preview on a free loopback port. */
export async function serveBuild(): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return { url, server };
}
