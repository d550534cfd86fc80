import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `wrangler pages dev` (the project's pinned wrangler, Cloudflare's workerd) serving a build with
 * the Pages Functions of functions/, on a free loopback port, for the edge tests and the bench.
 * Ready when wrangler says so and a request for `/` has been answered; its own cache and state in a
 * temporary folder (a fresh edge cache per run); stopped with its whole process group.
 */

export interface WranglerDev {
  url: string;
  /** What wrangler printed (for a failing test's message). */
  log: () => string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    const pid = child.pid;
    const kill = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(kill);
      resolve();
    }
  });
}

export async function startWranglerDev(
  options: {
    root?: string;
    /** Where wrangler runs (its wrangler.jsonc, dist/ and functions/); the project's root by default. */
    cwd?: string;
    directory?: string;
    timeoutMs?: number;
  } = {},
): Promise<WranglerDev> {
  const root = options.root ?? process.cwd();
  const timeoutMs = options.timeoutMs ?? 240_000;
  const port = await freePort();
  const state = mkdtempSync(join(tmpdir(), 'epsos-wrangler-'));
  const args = [
    join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
    'pages',
    'dev',
    ...(options.directory ? [options.directory] : []),
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--persist-to',
    state,
    '--show-interactive-dev-session=false',
    '--log-level',
    'info',
  ];
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', CI: '1' },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopGroup(child);
    rmSync(state, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  try {
    while (!/Ready on http/.test(output)) {
      if (child.exitCode !== null) throw new Error(`wrangler pages dev exited (${child.exitCode})`);
      if (Date.now() > deadline) throw new Error('wrangler pages dev did not get ready');
      await new Promise((r) => setTimeout(r, 200));
    }
    for (;;) {
      try {
        const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(60_000) });
        await response.arrayBuffer();
        if (response.ok) break;
      } catch {
        // not answering yet
      }
      if (Date.now() > deadline) throw new Error('wrangler pages dev did not answer GET /');
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output.slice(-3000)}`);
  }
  return { url, log: () => output, stop };
}
