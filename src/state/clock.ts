/** The one place the app reads the clock: the engine never does, so "today" is decided here and passed in. */

/** Today's date (YYYY-MM-DD) in the device's own time zone, which is what a resident means by "today". */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
