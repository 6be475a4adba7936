/** Display preferences kept on this device (large type). localStorage, because a preference must apply before the
 * first paint; any failure (private mode, blocked storage) just means the default. */
const KEY = 'hz-benefits:large-type';

export function loadLargeType(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function saveLargeType(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(KEY, on ? '1' : '0');
  } catch {
    // Not saved: the choice still holds for this visit.
  }
}
