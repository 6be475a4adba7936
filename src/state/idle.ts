/**
 * The counter's idle wipe: after `idleMs` without a key or a tap, a warning counts down `warnMs`; any activity
 * cancels it, and at zero the person's data is wiped. Nothing is shown while there is nothing of a person to wipe.
 */
import { createModel, signal, type ReadonlySignal } from '@preact/signals';

export interface IdleOptions {
  idleMs: number;
  warnMs: number;
  /** Whether anything of a person is on the device now. */
  holdsPerson: () => boolean;
  wipe: () => Promise<void>;
}

export const IdleModel = createModel(({ idleMs, warnMs, holdsPerson, wipe }: IdleOptions) => {
  /** Whole seconds until the wipe while the warning shows; null otherwise. */
  const secondsLeft = signal<number | null>(null);
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let tickTimer: ReturnType<typeof setInterval> | undefined;
  let deadline = 0;

  function stop(): void {
    clearTimeout(idleTimer);
    clearInterval(tickTimer);
    secondsLeft.value = null;
  }
  function arm(): void {
    stop();
    idleTimer = setTimeout(warn, idleMs);
  }
  function warn(): void {
    if (!holdsPerson()) return arm();
    deadline = Date.now() + warnMs;
    secondsLeft.value = Math.ceil(warnMs / 1000);
    tickTimer = setInterval(tick, 1000);
  }
  function tick(): void {
    const left = Math.ceil((deadline - Date.now()) / 1000);
    if (left > 0) return void (secondsLeft.value = left);
    stop();
    void wipe().finally(arm);
  }

  return {
    secondsLeft: secondsLeft as ReadonlySignal<number | null>,
    /** A key, a tap or a scroll: the person is still there. */
    activity: arm,
    /** Starts watching. */
    start: arm,
  };
});

export type IdleState = InstanceType<typeof IdleModel>;
