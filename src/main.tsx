/** Entry point: builds the state from the compiled ruleset, renders the page, resumes the last draft, reports its
 * height when embedded, and registers the service worker (offline use; a new version is offered, never forced). */
import { render } from 'preact';
import core from 'virtual:ruleset';
import * as textPacks from 'virtual:ruleset-text';
import { prepare } from './ruleset-text/slots.ts';
import { embedMode, isFramed, reportHeight } from './embed/frame.ts';
import { createAppState, deviceMode } from './state/index.ts';
// The page's own styles before any component's: a page loaded by need brings its CSS with its chunk, whose rules must
// come after these (the one-file build puts every CSS file in one sheet, in the order modules are first imported).
import './ui/shell/styles.css';
import './ui/shell/steady.css';
import { registerServiceWorker } from './state/service-worker.ts';
import { App } from './ui/shell/App.tsx';
import { AppProvider } from './ui/shell/app-context.ts';

const root = document.getElementById('app');
if (root) {
  const mode = deviceMode(location.search, { counter: import.meta.env.VITE_COUNTER_MODE, idleMinutes: import.meta.env.VITE_COUNTER_IDLE_MINUTES });
  const framed = isFramed();
  const embedded = embedMode(location.search, framed);
  // Compact header, no offline notice, focus that never scrolls the host page (styles.css, app-context.ts).
  document.documentElement.classList.toggle('embedded', embedded);
  // A hand-off link points at the app's public address (the one-file copy and a counter's own URL are no use on a phone).
  const shareBase = import.meta.env.VITE_PUBLIC_URL || `${location.origin}${location.pathname}`;
  // The rules as the page starts with them: the structure and the interview's Chinese; the rest comes by need.
  const ruleset = prepare(core);
  const state = createAppState(ruleset, { hash: location.hash, mode, embedded: framed, shareBase, textPacks });
  const openLink = () => (location.hash.startsWith('#r=') ? state.share.open(location.hash) : undefined);
  window.addEventListener('hashchange', () => {
    state.view.follow(location.hash);
    void openLink();
  });
  // The last draft is usually back within a few milliseconds: wait briefly for it, so the page does not open blank
  // and then jump; a slow or blocked IndexedDB must not hold the page up, and resumes later if nothing was answered.
  await Promise.race([state.drafts.start().then(openLink), new Promise((wait) => setTimeout(wait, 500))]);
  render(
    <AppProvider state={state}>
      <App />
    </AppProvider>,
    root,
  );
  // Save a pending change before the page goes: pagehide on close or navigation; a hidden tab may be killed unannounced.
  addEventListener('pagehide', () => void state.drafts.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void state.drafts.flush();
  });
  // At a counter, any key, tap or scroll means the person is still there: it postpones (or cancels) the idle wipe.
  const idle = state.counter?.idle;
  if (idle) {
    for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart', 'input']) addEventListener(type, () => idle.activity(), { capture: true, passive: true });
    idle.start();
  }
  // The engine's groundwork, one idle task per step: nobody has chosen yet, so nothing waits for it.
  const idleStep = (steps: (() => void)[]) => {
    const step = steps.shift();
    if (!step) return;
    const next = () => {
      step();
      idleStep(steps);
    };
    if ('requestIdleCallback' in window) requestIdleCallback(next, { timeout: 2000 });
    else setTimeout(next, 50);
  };
  idleStep(state.session.warmUp());
  if (framed) reportHeight(import.meta.env.VITE_EMBED_PARENT_ORIGIN || '*');
  // Not in `npm run dev` (there is no sw.js before a build), nor in a frame (the portal's page needs the network
  // anyway, and a cross-site frame's worker would never control the page), nor in the one-file copy (file://).
  if (import.meta.env.PROD && !embedded && location.protocol !== 'file:') {
    registerServiceWorker('./sw.js', {
      needRefresh: (apply) => state.update.offer(apply),
      offlineReady: () => state.update.markOfflineReady(),
      replaced: () => state.update.markStale(),
    });
  }
}
