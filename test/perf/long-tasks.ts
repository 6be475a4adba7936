/**
 * Long tasks on a slow phone: the BUILT app (`vite preview` serves dist/; run `npm run build` first) in Debian's
 * Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), a phone-sized window. Measures the first load,
 * then setting the evaluation date (counted as an answer), then choosing who is asking, then each answer of a short
 * interview (the fresh graduate of test/e2e/personas.ts, on her date), and lists every main-thread task over 50 ms
 * ('longtask' entries, observed from before the page's first script), with the scripts behind it where the browser
 * tells (Long Animation Frame entries).
 *
 *   npx tsx test/perf/long-tasks.ts
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS, answerAsGraduate, questionCard, runBudget, setGraduateDate } from './preview.ts';

/** A task longer than this blocks input visibly (RAIL; Lighthouse's "long task"): issue 14's target everywhere. */
const LIMIT_MS = 50;
/**
 * What fails the run now, with a margin for a busy 2-core runner (issue 14 asks for one). Issue 14's fourth round
 * measured, over some 50 runs: the choice of who is asking and every answer 0 ms (nothing is evaluated before the
 * choice, the engine's groundwork runs in idle steps, the result cards are drawn a task after the question: Results.tsx);
 * the first load 0 in 16 of 20, 50–84 in the rest. The calculator's start is three tasks since (its chunk's
 * evaluation, its state, its parts: main.tsx), none over 50; what remains on first load is the first screen's first
 * render and the first frames' font matching by Linux Chromium's sandbox (25–60 ms at 4× in a trace, a cost a phone's
 * font manager does not have). Lower these towards LIMIT_MS as those get cheaper; raise them only with a reason.
 */
const ENFORCED = { load: 120, choice: 100, answer: 100 };
const CPU_SLOWDOWN = 4;
/** Answers after the audience choice. */
const ANSWERS = 8;
const PORT = Number(process.env.LT_PORT ?? 4182);
/** Runs in the page before any of its scripts: keeps every long task and long animation frame. */
function observe() {
  type Store = { tasks: { start: number; duration: number }[]; frames: { start: number; duration: number; blocking: number; layout: number; scripts: string[] }[] };
  const store: Store = { tasks: [], frames: [] };
  (window as unknown as { __perf: Store }).__perf = store;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) store.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { blockingDuration: number; styleAndLayoutStart: number; scripts: { duration: number; invoker: string; sourceURL: string; sourceFunctionName: string; sourceCharPosition: number }[] })[]) {
        const scripts = e.scripts
          .filter((s) => s.duration >= 5)
          .map((s) => `${Math.round(s.duration)} ms ${s.invoker.replace(location.origin + '/', '')} → ${s.sourceFunctionName || '(anonymous)'} ${s.sourceURL.replace(location.origin + '/', '')}:${s.sourceCharPosition}`);
        const layout = e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0;
        store.frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration, layout, scripts });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch { /* no LoAF in this browser: tasks only */ }
}

type Perf = { tasks: { start: number; duration: number }[]; frames: { start: number; duration: number; blocking: number; layout: number; scripts: string[] }[] };
const read = (page: Page) => page.evaluate(() => (window as unknown as { __perf: Perf }).__perf);
const now = (page: Page) => page.evaluate(() => performance.now());

/** Waits until the main thread has been free of long tasks for `ms` (a late render or a save after an answer). */
async function settle(page: Page, ms = 600): Promise<void> {
  await page.evaluate((quiet) => new Promise<void>((done) => {
    const store = (window as unknown as { __perf: Perf }).__perf;
    let seen = store.tasks.length;
    let last = performance.now();
    const tick = () => {
      if (store.tasks.length !== seen) { seen = store.tasks.length; last = performance.now(); }
      if (performance.now() - last >= quiet) done(); else setTimeout(tick, 50);
    };
    tick();
  }), ms);
}

type Step = { name: string; tasks: number[]; frames: string[] };

/**
 * Each step's long tasks (and the long animation frames that blocked, with their scripts over 5 ms): those that
 * started from the step's action until the next step's, the last one's until the end.
 */
async function bucket(page: Page, marks: { name: string; from: number }[]): Promise<Step[]> {
  const perf = await read(page);
  return marks.map(({ name, from }, i) => {
    const inStep = (start: number) => start >= from && start < (marks[i + 1]?.from ?? Infinity);
    return {
      name,
      tasks: perf.tasks.filter((t) => inStep(t.start)).map((t) => Math.round(t.duration)),
      frames: perf.frames
        .filter((f) => inStep(f.start) && f.blocking > 0)
        .map((f) => `frame ${Math.round(f.duration)} ms (style and layout ${Math.round(f.layout)} ms)${f.scripts.map((s) => `\n        ${s}`).join('')}`),
    };
  });
}

await runBudget(PORT, async (server, closeLater) => {
  let failed = false;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', ...CHROMIUM_FLAGS] });
  closeLater(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  // tsx (esbuild's keepNames) wraps named functions in __name(), which the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(observe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

  const marks: { name: string; from: number }[] = [{ name: 'first load', from: 0 }];
  await page.goto(server.url, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  await settle(page, 1000);

  // Her evaluation date, so that the interview is the same whatever today's date is: an input, budgeted as an answer.
  marks.push({ name: 'evaluation date', from: await now(page) });
  await setGraduateDate(page);
  await settle(page);

  marks.push({ name: 'who is asking: graduate', from: await now(page) });
  await page.locator('input[name="audience"][value="graduate"]').check();
  await questionCard(page).waitFor();
  await settle(page);

  for (let i = 0; i < ANSWERS; i++) {
    const from = await now(page);
    const fact = await answerAsGraduate(page);
    if (!fact) break;
    marks.push({ name: `answer ${i + 1}: ${fact}`, from });
    await settle(page);
  }
  await settle(page, 1000); // anything the last answer set off (a save, a late render) counts too
  const steps = await bucket(page, marks);

  console.log(`long tasks at ${CPU_SLOWDOWN}× CPU slowdown, 360 × 780 (ms; target ${LIMIT_MS} ms):`);
  for (const s of steps) {
    console.log(`  ${s.name.padEnd(48)} worst ${String(Math.max(0, ...s.tasks)).padStart(4)}   [${s.tasks.join(', ')}]`);
    for (const f of s.frames) console.log(`      ${f}`);
  }
  const worst = (xs: typeof steps) => Math.max(0, ...xs.flatMap((s) => s.tasks));
  const isChoice = (s: Step) => s.name.startsWith('who is asking');
  const figures = { load: worst(steps.slice(0, 1)), choice: worst(steps.filter(isChoice)), answer: worst(steps.slice(1).filter((s) => !isChoice(s))) };
  for (const k of ['load', 'choice', 'answer'] as const) {
    const state = figures[k] > ENFORCED[k] ? 'OVER' : figures[k] > LIMIT_MS ? 'ok, target not met' : 'ok';
    console.log(`worst on ${k === 'load' ? 'first load' : k === 'choice' ? 'choosing who is asking' : 'an answer'}: ${figures[k]} ms (target ${LIMIT_MS} ms, fails above ${ENFORCED[k]} ms): ${state}`);
    if (figures[k] > ENFORCED[k]) failed = true;
  }
  if (steps.length < 5) { console.error('FAIL: the interview did not get going'); failed = true; }
  return !failed;
});
