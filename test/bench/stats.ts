/** Latency figures and the plain table the benchmarks print. */

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The value at percentile p (nearest rank) of an ascending list. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const ms = (x: number) => Math.round(x * 1000) / 1000;
export const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Percentiles of a list of times in ms (sorted in place), rounded to the microsecond. */
export function latency(times: Float64Array): Latency {
  times.sort();
  return { p50: ms(percentile(times, 50)), p95: ms(percentile(times, 95)), p99: ms(percentile(times, 99)), max: ms(times[times.length - 1]!) };
}

/** Rows of `label  value`, the labels padded to one width. */
export function table(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

export const latencyText = (l: Latency) => `p50 ${l.p50} · p95 ${l.p95} · p99 ${l.p99} · max ${l.max}`;
