/**
 * Times full evaluations (statuses, amounts, conflicts and the next-question ranking) of the real ruleset
 * over random answer sets, and prints a table plus one JSON line to track as the ruleset grows.
 * Usage: npm run bench -- [--n 5000] [--seed 1]   (node --expose-gc --import tsx … adds heap figures after a GC)
 */
import { performance } from 'node:perf_hooks';
import { loadPolicies, withoutCases } from '../../src/build/load-policies.ts';
import { evaluate, type EvaluationInput } from '../../src/engine/index.ts';
import { factDomains, mulberry32, randomAnswers, randomApplicants, randomAsOf } from '../support/random-answers.ts';

interface Options {
  n: number;
  seed: number;
}

/** Reads `--n 5000` / `--n=5000` and `--seed 1`; anything else is an error. */
function parseArgs(argv: string[]): Options {
  const opts: Options = { n: 5000, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const at = i;
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    const x = Number(value);
    if ((flag !== '--n' && flag !== '--seed') || value === undefined || value === '' || !Number.isSafeInteger(x)) {
      throw new Error(`usage: engine-bench [--n <positive integer>] [--seed <integer>]; could not read "${argv.slice(at, i + 1).join(' ')}"`);
    }
    if (flag === '--n' && x < 1) throw new Error('--n must be at least 1');
    if (flag === '--n') opts.n = x;
    else opts.seed = x;
  }
  return opts;
}

/** The value at percentile p (nearest rank) of an ascending list. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const ms = (x: number) => Math.round(x * 1000) / 1000;
const gc = (globalThis as { gc?: () => void }).gc;

function main(): void {
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const { n, seed } = opts;
  // The app ships the ruleset without its cases; time what the app runs.
  const ruleset = withoutCases(loadPolicies('policies'));
  const domains = factDomains(ruleset);
  const rng = mulberry32(seed);
  const input = (): EvaluationInput => ({ answers: randomAnswers(domains, rng), asOf: randomAsOf(rng), applicants: randomApplicants(rng) });

  const warmup = Array.from({ length: Math.min(1000, n) }, input);
  const inputs = Array.from({ length: n }, input);
  let sink = 0; // read every result so no work can be optimised away
  for (const x of warmup) sink += evaluate(ruleset, x).next.length;

  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const latencies = new Float64Array(n);
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const e = evaluate(ruleset, inputs[i]!);
    latencies[i] = performance.now() - t0;
    sink += e.next.length + e.items.length;
  }
  const wall = performance.now() - start;
  const heapAfter = process.memoryUsage().heapUsed;
  gc?.();
  const heapRetained = gc ? process.memoryUsage().heapUsed : undefined;
  latencies.sort();

  const result = {
    bench: 'engine-evaluate',
    ruleset: { id: ruleset.id, version: ruleset.version, hash: ruleset.hash, items: ruleset.items.length, facts: ruleset.facts.length },
    n,
    seed,
    evalsPerSec: Math.round(n / (wall / 1000)),
    latencyMs: { p50: ms(percentile(latencies, 50)), p95: ms(percentile(latencies, 95)), p99: ms(percentile(latencies, 99)), max: ms(latencies[n - 1]!) },
    heapUsedMB: { before: mb(heapBefore), after: mb(heapAfter), ...(heapRetained !== undefined ? { afterGc: mb(heapRetained) } : {}), gcExposed: gc !== undefined },
    node: process.version,
  };
  const rows: [string, string][] = [
    ['ruleset', `${result.ruleset.id} ${result.ruleset.version} (${result.ruleset.hash})`],
    ['items / facts', `${result.ruleset.items} / ${result.ruleset.facts}`],
    ['evaluations (seed)', `${n} (${seed}), after ${warmup.length} warm-up`],
    ['evaluations / s', result.evalsPerSec.toLocaleString('en')],
    ['latency p50 ms', String(result.latencyMs.p50)],
    ['latency p95 ms', String(result.latencyMs.p95)],
    ['latency p99 ms', String(result.latencyMs.p99)],
    ['latency max ms', String(result.latencyMs.max)],
    ['heap used MB', gc
      ? `${result.heapUsedMB.before} (after GC) → ${result.heapUsedMB.after} (→ ${mb(heapRetained!)} after GC)`
      : `${result.heapUsedMB.before} → ${result.heapUsedMB.after} (for GC'd figures: node --expose-gc --import tsx test/bench/engine-bench.ts)`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
  console.log(JSON.stringify(result));
  if (sink < 0) console.log(sink);
}

main();
