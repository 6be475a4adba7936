/**
 * How this device is used, as the deployer set it: a resident's own (drafts resume) or a service counter (no resume,
 * "next person", idle wipe). A `?mode=counter` / `?mode=personal` link and `?idle=MINUTES` are remembered on the
 * device; otherwise the build's defaults apply (VITE_COUNTER_MODE=1, VITE_COUNTER_IDLE_MINUTES).
 */
import { loadIdleMinutes, loadMode, saveIdleMinutes, saveMode } from '../storage/prefs.ts';

/** The counter settings in force on this device. */
export interface DeviceMode {
  counter: boolean;
  /** Minutes without a key or a tap before the wipe warning. */
  idleMinutes: number;
}

/** The idle time when neither the device nor the build sets one. */
export const DEFAULT_IDLE_MINUTES = 10;

const minutes = (v: string | null | undefined): number | null => {
  const n = Number(v);
  return v && Number.isInteger(n) && n >= 1 && n <= 240 ? n : null;
};

/** Reads (and remembers) the page's `?mode=` and `?idle=`, then the device's settings, then the build's defaults. */
export function deviceMode(search: string, build: { counter?: string; idleMinutes?: string } = {}): DeviceMode {
  const params = new URLSearchParams(search);
  const asked = params.get('mode');
  if (asked === 'counter' || asked === 'personal') saveMode(asked);
  const idle = minutes(params.get('idle'));
  if (idle !== null) saveIdleMinutes(idle);
  const mode = loadMode() ?? (build.counter === '1' || build.counter === 'true' ? 'counter' : 'personal');
  return { counter: mode === 'counter', idleMinutes: loadIdleMinutes() ?? minutes(build.idleMinutes) ?? DEFAULT_IDLE_MINUTES };
}
