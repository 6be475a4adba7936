/**
 * Times the engine on the real ruleset and prints a table plus one JSON line per measure, to track as the ruleset grows:
 * - full (default): whole evaluations (statuses, amounts, near misses, conflicts, the next-question ranking) over random
 *   answer sets, each unlike the last; and the same with every text read (JSON.stringify), as the CLI does;
 * - --steps: each step of the personas' interviews, as the page runs them (the step before still in memory);
 * - --scale: the ruleset at 1×, 2×, 4× and 8× its items, to show how the time grows.
 * Usage: npm run bench -- [--steps | --scale | --all] [--n 5000] [--seed 1] [--budget]
 * --budget (test/run-all.sh): exit 1 when a p95 is over 3× issue 14's target, or the 8× ruleset over 8 × 1.5 × the 1×
 * time — a margin for a loaded 2-core runner, so that it fails on a real slowdown, not on noise.
 * (node --expose-gc --import tsx test/bench/engine-bench.ts … adds heap figures after a GC)
 */
import { performance } from 'node:perf_hooks';
import { loadPolicies, withoutCases } from '../../src/build/load-policies.ts';
import { evaluate, type EvaluationInput, type Ruleset } from '../../src/engine/index.ts';
import { factDomains, mulberry32, randomAnswers, randomApplicants, randomAsOf } from '../support/random-answers.ts';
import { latency, latencyText, mb, table } from './stats.ts';
import { scaled } from './scale.ts';
import { replayPersonas, type StepTimes } from './steps.ts';

interface Options {
  n: number;
  seed: number;
  modes: Set<'full' | 'steps' | 'scale'>;
  budget: boolean;
}

/** Issue 14's targets (ms, p95) and the margin the budget check allows on a busy runner. */
const TARGET = { fullP95: 1, stepP95: 0.5 };
const MARGIN = 3;
/** Growth: the 8× ruleset may take at most this much more than 8 × the 1× time (linear, with noise). */
const GROWTH_SLACK = 1.5;

const USAGE = 'usage: engine-bench [--steps | --scale | --all] [--n <positive integer>] [--seed <integer>] [--budget]';

/** Reads the mode flags, `--n 5000` / `--n=5000` and `--seed 1`; anything else is an error. */
function parseArgs(argv: string[]): Options {
  const opts: Options = { n: 5000, seed: 1, modes: new Set(), budget: false };
  for (let i = 0; i < argv.length; i++) {
    const at = i;
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    if (flag === '--steps' || flag === '--scale') opts.modes.add(flag.slice(2) as 'steps' | 'scale');
    else if (flag === '--all') ['full', 'steps', 'scale'].forEach((m) => opts.modes.add(m as 'full'));
    else if (flag === '--budget') opts.budget = true;
    else {
      const value = inline ?? argv[++i];
      const x = Number(value);
      if ((flag !== '--n' && flag !== '--seed') || value === undefined || value === '' || !Number.isSafeInteger(x)) {
        throw new Error(`${USAGE}; could not read "${argv.slice(at, i + 1).join(' ')}"`);
      }
      if (flag === '--n' && x < 1) throw new Error('--n must be at least 1');
      if (flag === '--n') opts.n = x;
      else opts.seed = x;
    }
  }
  if (opts.modes.size === 0) opts.modes.add('full');
  return opts;
}

const gc = (globalThis as { gc?: () => void }).gc;
let sink = 0; // every result is read, so no work can be optimised away

function randomInputs(ruleset: Ruleset, seed: number, n: number): EvaluationInput[] {
  const domains = factDomains(ruleset);
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => ({ answers: randomAnswers(domains, rng), asOf: randomAsOf(rng), applicants: randomApplicants(rng) }));
}

/** Times `evaluate` (and `read`, if given) over the inputs after a warm-up on others. */
function timeAll(ruleset: Ruleset, inputs: EvaluationInput[], warmup: EvaluationInput[], read?: (x: unknown) => number): Float64Array {
  for (const x of warmup) sink += evaluate(ruleset, x).next.length;
  const times = new Float64Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const t0 = performance.now();
    const e = evaluate(ruleset, inputs[i]!);
    if (read) sink += read(e);
    times[i] = performance.now() - t0;
    sink += e.next.length + e.items.length;
  }
  return times;
}

function full(ruleset: Ruleset, { n, seed }: Options): number {
  // The warm-up draws come first from the same sequence, as they always have: figures stay comparable across versions.
  const all = randomInputs(ruleset, seed, Math.min(1000, n) + n);
  const [warmup, inputs] = [all.slice(0, all.length - n), all.slice(all.length - n)];
  for (const x of warmup) sink += evaluate(ruleset, x).next.length;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const times = timeAll(ruleset, inputs, []);
  const wall = performance.now() - start;
  const heapAfter = process.memoryUsage().heapUsed;
  gc?.();
  const heapRetained = gc ? process.memoryUsage().heapUsed : undefined;
  // Every explanation and breakdown written, as for the CLI's JSON: what the texts cost when all are read.
  const texts = timeAll(ruleset, inputs.slice(0, Math.max(1, Math.floor(n / 5))), [], (e) => JSON.stringify(e).length);
  const result = {
    bench: 'engine-evaluate',
    ruleset: { id: ruleset.id, version: ruleset.version, hash: ruleset.hash, items: ruleset.items.length, facts: ruleset.facts.length },
    n,
    seed,
    evalsPerSec: Math.round(n / (wall / 1000)),
    latencyMs: latency(times),
    withTextsMs: latency(texts),
    heapUsedMB: { before: mb(heapBefore), after: mb(heapAfter), ...(heapRetained !== undefined ? { afterGc: mb(heapRetained) } : {}), gcExposed: gc !== undefined },
    node: process.version,
  };
  console.log(table([
    ['ruleset', `${result.ruleset.id} ${result.ruleset.version} (${result.ruleset.hash})`],
    ['items / facts', `${result.ruleset.items} / ${result.ruleset.facts}`],
    ['evaluations (seed)', `${n} (${seed}), after ${warmup.length} warm-up`],
    ['evaluations / s', result.evalsPerSec.toLocaleString('en')],
    ['latency ms', latencyText(result.latencyMs)],
    ['… every text read ms', `${latencyText(result.withTextsMs)} (${texts.length} evaluations + JSON.stringify)`],
    ['heap used MB', gc
      ? `${result.heapUsedMB.before} (after GC) → ${result.heapUsedMB.after} (→ ${mb(heapRetained!)} after GC)`
      : `${result.heapUsedMB.before} → ${result.heapUsedMB.after} (for GC'd figures: node --expose-gc --import tsx test/bench/engine-bench.ts)`],
  ]));
  console.log(JSON.stringify(result));
  return result.latencyMs.p95;
}

function steps(ruleset: Ruleset, { n }: Options): number {
  const warm: StepTimes = { times: [], first: [], recomputed: [] };
  for (let r = 0; r < 3; r++) sink += replayPersonas(ruleset, warm);
  const perRound = warm.times.length / 3;
  const rounds = Math.max(1, Math.ceil(n / perRound));
  const run: StepTimes = { times: [], first: [], recomputed: [] };
  for (let r = 0; r < rounds; r++) sink += replayPersonas(ruleset, run);
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;
  const result = {
    bench: 'engine-steps',
    ruleset: { hash: ruleset.hash, items: ruleset.items.length },
    interviews: run.first.length,
    steps: run.times.length,
    latencyMs: latency(Float64Array.from(run.times)),
    firstMs: latency(Float64Array.from(run.first)),
    recomputedItemsMean: mean(run.recomputed),
    node: process.version,
  };
  console.log(table([
    ['persona interviews', `${result.interviews} (${rounds} rounds of the ${run.first.length / rounds} personas, ${perRound} answers a round)`],
    ['step latency ms', `${latencyText(result.latencyMs)} (${result.steps} evaluations after an answer)`],
    ['items recomputed / step', `${result.recomputedItemsMean} of ${ruleset.items.length} (mean; the rest are the step before's objects)`],
    ['first evaluation ms', `${latencyText(result.firstMs)} (before any answer: nothing to reuse)`],
  ]));
  console.log(JSON.stringify(result));
  return result.latencyMs.p95;
}

/** The time of the 8× ruleset over 8 times the 1× time, at p50 (1 = exactly linear). */
function scale(ruleset: Ruleset, { n, seed }: Options): number {
  const m = Math.max(500, Math.floor(n / 5));
  const inputs = randomInputs(ruleset, seed, m);
  const warmup = randomInputs(ruleset, seed + 1_000_003, 200);
  const rows = [1, 2, 4, 8].map((k) => {
    const rs = scaled(ruleset, k);
    const l = latency(timeAll(rs, inputs, warmup));
    return { k, items: rs.items.length, latencyMs: l, perItemUs: Math.round((l.p50 / rs.items.length) * 1e5) / 100 };
  });
  const base = rows[0]!.latencyMs;
  const result = { bench: 'engine-growth', ruleset: { hash: ruleset.hash }, n: m, seed, scales: rows, node: process.version };
  const growth = rows.at(-1)!.latencyMs.p50 / (8 * base.p50);
  console.log(table(rows.map((r) => [
    `${r.k}× (${r.items} items)`,
    `${latencyText(r.latencyMs)} ms · ${r.perItemUs} µs/item at p50 · p50 ×${(r.latencyMs.p50 / base.p50).toFixed(2)}, p95 ×${(r.latencyMs.p95 / base.p95).toFixed(2)} of 1×`,
  ])));
  console.log(JSON.stringify(result));
  return growth;
}

/** Each check as a line with its figure, its target and its limit; true when all hold. */
function budget(figures: { full?: number; step?: number; growth?: number }): boolean {
  const checks = [
    figures.full !== undefined && { name: 'full evaluation p95', value: figures.full, target: TARGET.fullP95, limit: TARGET.fullP95 * MARGIN, unit: ' ms' },
    figures.step !== undefined && { name: 'interview step p95', value: figures.step, target: TARGET.stepP95, limit: TARGET.stepP95 * MARGIN, unit: ' ms' },
    figures.growth !== undefined && { name: '8× time / (8 × 1× time), p50', value: figures.growth, target: 1, limit: GROWTH_SLACK, unit: '' },
  ].filter((c) => c !== false);
  let ok = true;
  for (const c of checks) {
    const pass = c.value <= c.limit;
    ok &&= pass;
    console.log(`budget ${pass ? 'ok  ' : 'OVER'} ${c.name}: ${c.value.toFixed(3)}${c.unit} (target ${c.target}${c.unit}, fails above ${c.limit}${c.unit})`);
  }
  return ok;
}

function main(): void {
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  // The app ships the ruleset without its cases; time what the app runs.
  const ruleset = withoutCases(loadPolicies('policies'));
  const figures = {
    full: opts.modes.has('full') ? full(ruleset, opts) : undefined,
    step: opts.modes.has('steps') ? steps(ruleset, opts) : undefined,
    growth: opts.modes.has('scale') ? scale(ruleset, opts) : undefined,
  };
  if (sink < 0) console.log(sink);
  if (opts.budget && !budget(figures)) process.exit(1);
}

main();
