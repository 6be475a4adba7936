/** Display preferences kept on this device (large type). localStorage, because a preference must apply before the
 * first paint; any failure (private mode, blocked storage) just means the default. */
const KEY = 'hz-benefits:large-type';

export function loadLargeType(): boolean {
  return read(KEY) === '1';
}

export function saveLargeType(on: boolean): void {
  write(KEY, on ? '1' : '0');
}

const LAST_DRAFT = 'hz-benefits:last-draft';

/** The draft the user was last on; '' (or nothing) when they started a new interview, which a reload must not replace
 * with an older draft. */
export function loadLastDraftId(): string {
  try {
    return globalThis.localStorage?.getItem(LAST_DRAFT) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the draft being answered; null forgets it (a new interview, "next person"). */
export function saveLastDraftId(id: string | null): void {
  try {
    if (id === null) globalThis.localStorage?.removeItem(LAST_DRAFT);
    else globalThis.localStorage?.setItem(LAST_DRAFT, id);
  } catch {
    // Not remembered: a reload then starts a new interview.
  }
}

const MODE = 'hz-benefits:mode';
const IDLE = 'hz-benefits:idle-minutes';

/** How the device is used: a resident's own ('personal') or a service counter's, as the deployer last set it here. */
export type DeviceMode = 'counter' | 'personal';

/** The mode set on this device (a `?mode=` link once opened here), or null for the build's default. */
export function loadMode(): DeviceMode | null {
  const v = read(MODE);
  return v === 'counter' || v === 'personal' ? v : null;
}

export function saveMode(mode: DeviceMode): void {
  write(MODE, mode);
}

/** The counter's idle time in minutes set on this device, or null for the build's default. */
export function loadIdleMinutes(): number | null {
  const n = Number(read(IDLE) ?? NaN);
  return Number.isInteger(n) && n >= 1 && n <= 240 ? n : null;
}

export function saveIdleMinutes(minutes: number): void {
  write(IDLE, String(minutes));
}

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not kept: the setting holds for this visit.
  }
}

/** Forgets every preference of the person on this device ("clear all data"); the deployer's mode settings stay. */
export function forgetPrefs(): void {
  try {
    globalThis.localStorage?.removeItem(KEY);
    globalThis.localStorage?.removeItem(LAST_DRAFT);
  } catch {
    // Nothing could be kept either.
  }
}
