/**
 * Registers the service worker that vite-plugin-pwa generates (dist/sw.js) and reports the moments the user is told
 * about: the first install (the app now works offline), a new version waiting for the user's yes, and a new version
 * taken in another tab (this tab's code is then out of date: its lazily loaded files may be gone from the cache).
 * Written out rather than taken from 'virtual:pwa-register': that helper loads workbox-window for these same few
 * events, and reloads only pages that had a service worker when they opened.
 */

/** What a page hears from its service worker. */
export interface ServiceWorkerEvents {
  /** A new version is installed and waiting; calling `apply` activates it and reloads the page. */
  needRefresh(apply: () => void): void;
  /** The first install has cached the whole app. */
  offlineReady(): void;
  /** Another tab switched to a new version: this page should be reloaded (after saving). */
  replaced(): void;
}

/** Registers `url` for the page's folder; does nothing where service workers are unavailable or blocked. */
export function registerServiceWorker(url: string, on: ServiceWorkerEvents): void {
  let container: ServiceWorkerContainer | undefined;
  try {
    container = globalThis.navigator?.serviceWorker; // Reading it throws where storage is blocked (some frames).
  } catch {
    return;
  }
  if (!container) return;
  const sw = container;
  let mine = false;
  let hadController = sw.controller !== null;
  sw.addEventListener('controllerchange', () => {
    // This tab asked for the update: reload into it. Another tab did: say so, never reload under the user's hands.
    if (mine) location.reload();
    else if (hadController) on.replaced();
    hadController = true;
  });
  const offer = (registration: ServiceWorkerRegistration) =>
    on.needRefresh(() => {
      mine = true;
      const waiting = registration.waiting;
      // The generated sw.js calls skipWaiting() on this message (registerType 'prompt' leaves it waiting until then).
      if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
      else location.reload(); // Another tab already activated it: a reload is all that is left to do.
    });
  const watch = (registration: ServiceWorkerRegistration, worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => {
      // Installed while a worker controls the page: an update. With none: the first install.
      if (worker.state === 'installed') sw.controller ? offer(registration) : on.offlineReady();
    });
  sw.register(url, { scope: './' }).then(
    (registration) => {
      if (!registration) return;
      if (registration.waiting && sw.controller) offer(registration);
      if (registration.installing) watch(registration, registration.installing);
      registration.addEventListener('updatefound', () => registration.installing && watch(registration, registration.installing));
    },
    () => undefined, // Not registered (e.g. storage blocked, a sandboxed frame): the app still works online.
  );
}
