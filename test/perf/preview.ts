/**
 * What the budget scripts (bytes by need, Lighthouse, long tasks) share: the BUILT app served by `vite preview` on a
 * port of their own, Debian's Chromium with the flags this machine's closed network needs (node.md), both stopped on
 * success, failure and Ctrl-C; and the fresh graduate's evaluation date and answers, given through the page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { FRESH_GRADUATE } from '../e2e/personas.ts';

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

/**
 * Runs one budget script against the build served on `port`: `body` may register what to close (a browser) and says
 * whether the budget held; a throw fails it too. Closes everything on success, failure and Ctrl-C, prints the time
 * taken, and exits 1 on failure.
 */
export async function runBudget(port: number, body: (server: Preview, closeLater: (close: () => unknown) => void) => Promise<boolean>): Promise<never> {
  const started = Date.now();
  const closers: (() => unknown)[] = [];
  const cleanup = async () => {
    for (const close of closers.splice(0).reverse()) await Promise.resolve().then(close).catch(() => undefined);
  };
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void cleanup().then(() => process.exit(130)));
  let ok = false;
  try {
    const server = await startPreview(port);
    closers.push(server.stop);
    ok = await body(server, (close) => closers.push(close));
  } catch (e) {
    console.error(e);
  } finally {
    await cleanup();
  }
  console.log(`${ok ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
  process.exit(ok ? 0 : 1);
}

/** The question on screen (the first, on a wide screen). */
export const questionCard = (page: Page) => page.locator('section.question').first();

/** Sets the evaluation date to the fresh graduate's (her persona's asOf), as a person would in the header's field: a
 * budget then measures the same session whatever today's date is (a window that closes would change her results, and
 * with them what loads). */
export async function setGraduateDate(page: Page): Promise<void> {
  await page.locator('#as-of[type="date"]').fill(FRESH_GRADUATE.asOf);
}

/** Answers the question on screen as the fresh graduate of test/e2e/personas.ts would ("不清楚" to what she does not
 * know) and waits for the next; null once no question is left. */
export async function answerAsGraduate(page: Page): Promise<string | null> {
  const q = questionCard(page);
  if ((await q.count()) === 0) return null;
  const fact = await q.getAttribute('data-fact');
  const type = await q.getAttribute('data-type');
  if (!fact) return null;
  const value = FRESH_GRADUATE.answers[fact];
  if (value === undefined) {
    await q.getByRole('button', { name: '不清楚', exact: true }).click();
  } else {
    if (type === 'boolean') await q.getByRole('radio', { name: value ? '是' : '否', exact: true }).check();
    else if (type === 'choice') await q.locator(`input[type=radio][value="${value}"]`).check();
    else if (type === 'multi') for (const v of value as string[]) await q.locator(`input[type=checkbox][value="${v}"]`).check();
    else await q.locator('input').fill(String(value));
    await q.getByRole('button', { name: '下一题', exact: true }).click();
  }
  await page.locator(`[data-fact="${fact}"]`).waitFor({ state: 'detached' });
  return fact;
}
