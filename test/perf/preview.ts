/**
 * What the budget scripts (bytes by need, Lighthouse, long tasks) share: the BUILT app served by `vite preview` on a
 * port of their own, and Debian's Chromium with the flags this machine's closed network needs (node.md). Both are
 * stopped on success, failure and Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Without the networking flags Chromium calls Google's hosts, which this machine's network refuses. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update'];
/** PERF_OUTDIR only for trying a build elsewhere; CI (test/run-all.sh) measures the project's dist/. */
export const OUT_DIR = process.env.PERF_OUTDIR ?? 'dist';

export interface Preview {
  url: string;
  host: string;
  stop(): void;
}

/** Serves OUT_DIR on `port` (refused if anything answers there already, which would be measured instead). */
export async function startPreview(port: number): Promise<Preview> {
  const url = `http://localhost:${port}/`;
  if (await fetch(url).then(() => true, () => false)) throw new Error(`port ${port} is already in use`);
  // A process group of its own, so that killing the group takes any child too.
  const server: ChildProcess = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--outDir', OUT_DIR], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode})`);
    if (await fetch(url).then((r) => r.ok, () => false)) return { url, host: `localhost:${port}`, stop };
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s`);
}

/** Runs `cleanup` on Ctrl-C or a kill, then exits. */
export function onInterrupt(cleanup: () => void | Promise<void>): void {
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void Promise.resolve(cleanup()).then(() => process.exit(130)));
}
