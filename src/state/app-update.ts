/**
 * A new version of the app, offered, never forced: the service worker waits until the user says "update", and the
 * draft in progress is saved before the page reloads. main.tsx wires this to the service worker (src/state/service-worker.ts).
 */
import { createModel, signal, type ReadonlySignal } from '@preact/signals';

export const UpdateModel = createModel((beforeUpdate: () => Promise<void>) => {
  const available = signal(false);
  const offlineReady = signal(false);
  const stale = signal(false);
  let apply: (() => void | Promise<void>) | null = null;
  return {
    /** A new version is waiting for the user's yes. */
    available: available as ReadonlySignal<boolean>,
    /** Everything is cached: the app now works with the network off. */
    offlineReady: offlineReady as ReadonlySignal<boolean>,
    /** This page's code is out of date (another tab took a new version, or a file of ours is gone): reload. */
    stale: stale as ReadonlySignal<boolean>,
    /** The service worker found a new version; `applyUpdate` activates it and reloads the page. */
    offer(applyUpdate: () => void | Promise<void>) {
      apply = applyUpdate;
      available.value = true;
    },
    /** Another tab switched to a new version, or a lazily loaded file of this version could not be loaded. */
    markStale() {
      stale.value = true;
      available.value = false;
    },
    /** Saves the draft, then reloads into the version now installed. */
    async reload(): Promise<void> {
      await beforeUpdate();
      globalThis.location?.reload();
    },
    /** The first install finished caching the app. */
    markOfflineReady() {
      offlineReady.value = true;
    },
    /** Saves the draft, then switches to the new version (the page reloads and resumes the draft). */
    async accept(): Promise<void> {
      await beforeUpdate();
      await apply?.();
    },
    /** Not now: the prompt goes away; the new version starts at the next visit after every tab is closed. */
    later() {
      available.value = false;
    },
    /** Hides the "works offline" notice. */
    dismissOffline() {
      offlineReady.value = false;
    },
  };
});

/** One update model instance. */
export type UpdateState = InstanceType<typeof UpdateModel>;
