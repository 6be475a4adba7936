/**
 * Registers the service worker that vite-plugin-pwa generates (dist/sw.js) and reports the two moments the user is
 * told about: the first install (the app now works offline) and a new version waiting for the user's yes.
 * Written out rather than taken from 'virtual:pwa-register': that helper loads workbox-window (2.2 KB gzip of a
 * 60 KB budget) for these same few events, and reloads only pages that had a service worker when they opened.
 */

/** What a page hears from its service worker. */
export interface ServiceWorkerEvents {
  /** A new version is installed and waiting; calling `apply` activates it and reloads the page. */
  needRefresh(apply: () => void): void;
  /** The first install has cached the whole app. */
  offlineReady(): void;
}

/** Registers `url` for the page's folder; does nothing where service workers are unavailable (http, old browsers). */
export function registerServiceWorker(url: string, on: ServiceWorkerEvents): void {
  const container = globalThis.navigator?.serviceWorker;
  if (!container) return;
  const offer = (waiting: ServiceWorker) =>
    on.needRefresh(() => {
      container.addEventListener('controllerchange', () => location.reload());
      // The generated sw.js calls skipWaiting() on this message (registerType 'prompt' leaves it waiting until then).
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  const watch = (worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => {
      // Installed while a worker controls the page: an update. With none: the first install.
      if (worker.state === 'installed') container.controller ? offer(worker) : on.offlineReady();
    });
  container.register(url, { scope: './' }).then(
    (registration) => {
      if (registration.waiting && container.controller) offer(registration.waiting);
      if (registration.installing) watch(registration.installing);
      registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));
    },
    () => undefined, // Not registered (e.g. storage blocked): the app still works online.
  );
}
