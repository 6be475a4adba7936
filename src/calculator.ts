/**
 * The calculator's start, loaded by main.tsx once the first screen is up (issue 14): builds the whole app state on the
 * first screen's, resumes the last draft or opens a hand-off link, and wires what needs that state: saving before the
 * page goes, the counter's idle wipe, the texts an opened explanation needs, the engine's warm-up and the service worker.
 */
import core from 'virtual:ruleset';
import * as textPacks from 'virtual:ruleset-text';
import { prepare } from './ruleset-text/slots.ts';
import { createAppState, type AppState, type DeviceMode, type Shell } from './state/index.ts';
import { nextTask } from './state/next-task.ts';
import { registerServiceWorker } from './state/service-worker.ts';
import { calculatorParts } from './ui/shell/calculator-parts.tsx';

export interface CalculatorOptions {
  mode: DeviceMode;
  /** The embed layout (in another page's frame): no service worker there. */
  embedded: boolean;
  /** Where a hand-off link points (main.tsx). */
  shareBase: string;
  /** main.tsx found nothing on the device to resume (it drew the first screen first): the drafts need not ask again. */
  nothingToResume: boolean;
}

/** Runs `steps` one idle task each: nobody waits for them. */
function whenIdle(steps: (() => void)[]): void {
  const step = steps.shift();
  if (!step) return;
  const next = () => {
    step();
    whenIdle(steps);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(next, { timeout: 2000 });
  else setTimeout(next, 50);
}

/** Builds the app state on `shell` and starts it; resolves when the page can show it (a draft resumed, or not waited for). */
export async function startCalculator(shell: Shell, options: CalculatorOptions): Promise<{ state: AppState; parts: typeof calculatorParts }> {
  const { mode, embedded, shareBase, nothingToResume } = options;
  // The rules as the calculator starts with them: the structure and the interview's Chinese; the rest comes by need.
  const drafts = nothingToResume ? { mayHoldDrafts: async () => false } : {};
  const ruleset = prepare(core);
  await nextTask();
  const state = createAppState(ruleset, { mode, shareBase, textPacks, shell, drafts });
  const openLink = () => (location.hash.startsWith('#r=') ? state.share.open(location.hash) : undefined);
  addEventListener('hashchange', () => void openLink());
  // An explanation or an About entry (data-item), the supports' lists or About's source list (data-texts) opened: its
  // texts are loaded now, not before. `toggle` does not bubble; listening in the capture phase hears every <details>.
  const loaders = new Map([
    ['support', state.texts.loadSupport],
    ['sources', state.texts.loadSources],
  ]);
  document.addEventListener(
    'toggle',
    (e) => {
      const details = e.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open) return;
      const item = details.closest('[data-item]')?.getAttribute('data-item');
      const pack = details.getAttribute('data-texts');
      const load = item ? () => state.texts.loadItems([item]) : loaders.get(pack ?? '');
      void load?.().catch(() => undefined);
    },
    true,
  );
  // The last draft is usually back within a few milliseconds: wait briefly for it, so the page does not open blank
  // and then jump; a slow or blocked IndexedDB must not hold the page up, and resumes later if nothing was answered.
  await Promise.race([state.drafts.start().then(openLink), new Promise((wait) => setTimeout(wait, 500))]);
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
  // The engine's groundwork, one idle task per step (a choice made already is then evaluated without it: same result).
  whenIdle(state.session.warmUp());
  // Not in `npm run dev` (there is no sw.js before a build), nor in a frame (the portal's page needs the network
  // anyway, and a cross-site frame's worker would never control the page), nor in the one-file copy (file://).
  if (import.meta.env.PROD && !embedded && location.protocol !== 'file:') {
    registerServiceWorker('./sw.js', {
      needRefresh: (apply) => state.update.offer(apply),
      offlineReady: () => state.update.markOfflineReady(),
      replaced: () => state.update.markStale(),
    });
  }
  return { state, parts: calculatorParts };
}
