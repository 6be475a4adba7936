/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in whole days with no time zone: a policy's
 * "满6个月" or "毕业2年以内" is about calendar days, and string dates keep the engine clock-free.
 */

export interface Span {
  days?: number;
  months?: number;
  years?: number;
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds whole months; a day past the end of the target month is clamped to its last day (01-31 + 1 month = 02-28). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** Adds whole days. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Moves a date back by a span (used as "the evaluation date minus 24 months"). */
export function subtractSpan(iso: string, span: Span): string {
  if (span.days) return addDays(iso, -span.days);
  if (span.months) return addMonths(iso, -span.months);
  return addMonths(iso, -12 * (span.years ?? 0));
}

/** Moves a date forward by a span. */
export function addSpan(iso: string, span: Span): string {
  if (span.days) return addDays(iso, span.days);
  if (span.months) return addMonths(iso, span.months);
  return addMonths(iso, 12 * (span.years ?? 0));
}

/** Whole months from `from` to `to` (0 when `to` is earlier), counted as addMonths counts them. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  let n = (ty - fy) * 12 + (tm - fm);
  while (n > 0 && addMonths(from, n) > to) n--;
  return Math.max(0, n);
}

/** Age in completed years on `asOf`; someone born on 02-29 completes a year on 02-28 in common years. */
export function fullYears(birth: string, asOf: string): number {
  const [by, bm, bd] = parts(birth);
  const [ay, am, ad] = parts(asOf);
  const birthday = Math.min(bd, daysInMonth(ay, bm));
  return ay - by - (am < bm || (am === bm && ad < birthday) ? 1 : 0);
}

/** ISO dates compare correctly as strings; this names the intent. */
export function isOnOrBefore(a: string, b: string): boolean {
  return a <= b;
}

/** True when `s` is YYYY-MM-DD and names a day that exists. */
export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = parts(s);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
