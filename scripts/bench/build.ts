import { execFileSync } from 'node:child_process';
import { outDirRelative, root } from './config';
import { progress } from './report';

/** Section 0 of the bench: the data, then the app built into .bench/dist. */

function run(command: string, args: string[]) {
  try {
    execFileSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    console.error(
      `bench: \`${command} ${args.join(' ')}\` failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`,
    );
    process.exit(1);
  }
}

export function buildForBench() {
  progress('npm run data');
  run('npm', ['run', 'data']);
  progress(`vite build --outDir ${outDirRelative}`);
  run('npx', ['vite', 'build', '--outDir', outDirRelative, '--emptyOutDir', '--logLevel', 'warn']);
}
