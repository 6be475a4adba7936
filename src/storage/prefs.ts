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

const LAST_DRAFT = 'hz-benefits:last-draft';

/** The draft the user was last on, so a reload resumes it rather than merely the most recently changed one. */
export function loadLastDraftId(): string | null {
  try {
    return globalThis.localStorage?.getItem(LAST_DRAFT) ?? null;
  } catch {
    return null;
  }
}

export function saveLastDraftId(id: string | null): void {
  try {
    if (id === null) globalThis.localStorage?.removeItem(LAST_DRAFT);
    else globalThis.localStorage?.setItem(LAST_DRAFT, id);
  } catch {
    // Not remembered: a reload then resumes the most recently changed draft.
  }
}

/** Forgets every preference kept on this device ("clear all data on this device"). */
export function forgetPrefs(): void {
  try {
    globalThis.localStorage?.removeItem(KEY);
    globalThis.localStorage?.removeItem(LAST_DRAFT);
  } catch {
    // Nothing could be kept either.
  }
}
