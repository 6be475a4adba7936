/**
 * Entry point, the first screen's code (issue 14): the page's header and "who is asking" are drawn from this small
 * chunk, and the calculator (src/calculator.ts: the engine, the rules, the storage and the rest of the page) loads
 * while the person chooses. Reports the page's height when embedded.
 */
import { render } from 'preact';
import shellRules from 'virtual:ruleset-shell';
import { embedMode, isFramed, reportHeight } from './embed/frame.ts';
// The state layer's modules one by one: its index (index.ts) is the calculator's, engine included.
import { deviceMode, type DeviceMode } from './state/device-mode.ts';
import { nextTask } from './state/next-task.ts';
import { createShell, type ShellState } from './state/shell.ts';
import { viewOfHash } from './state/view.ts';
import { mayHoldDrafts } from './storage/drafts-lite.ts';
import { readAllPending } from './storage/pending.ts';
// The page's own styles before any component's: a page loaded by need brings its CSS with its chunk, whose rules must
// come after these (the one-file build puts every CSS file in one sheet, in the order modules are first imported).
import './ui/shell/styles.css';
import './ui/shell/steady.css';
import { App, type CalculatorParts } from './ui/shell/App.tsx';
import { AppProvider } from './ui/shell/app-context.ts';

/**
 * Whether the first screen may show before the calculator is in: on the calculator's page, on a device with nothing
 * to resume (no draft, nothing a page left pending, no hand-off link) and not at a counter. Otherwise the page waits
 * for the calculator, so that it opens with the draft or the link rather than changing under the person's eyes.
 */
async function firstScreenFirst(hash: string, mode: DeviceMode): Promise<boolean> {
  if (mode.counter || viewOfHash(hash) !== 'calculator' || hash.startsWith('#r=') || readAllPending().length > 0) return false;
  return !(await mayHoldDrafts());
}

/** Resolves once the first screen's "who is asking" is in the page (App draws it a task after the header). */
function whoDrawn(root: HTMLElement): Promise<void> {
  return new Promise((drawn) => {
    const there = () => root.querySelector('section.who') !== null;
    if (there()) return drawn();
    const watch = new MutationObserver(() => there() && (watch.disconnect(), drawn()));
    watch.observe(root, { childList: true, subtree: true });
  });
}

/** Draws the first screen (when it may come first), then the calculator. Not awaited at the top level: the
 * calculator's chunk imports this one, whose evaluation must be over for that import to finish. */
async function start(root: HTMLElement): Promise<void> {
  const mode = deviceMode(location.search, { counter: import.meta.env.VITE_COUNTER_MODE, idleMinutes: import.meta.env.VITE_COUNTER_IDLE_MINUTES });
  const framed = isFramed();
  const embedded = embedMode(location.search, framed);
  // Compact header, no offline notice, focus that never scrolls the host page (styles.css, app-context.ts).
  document.documentElement.classList.toggle('embedded', embedded);
  // A hand-off link points at the app's public address (the one-file copy and a counter's own URL are no use on a phone).
  const shareBase = import.meta.env.VITE_PUBLIC_URL || `${location.origin}${location.pathname}`;
  const shell = createShell(shellRules, { hash: location.hash, embedded: framed });
  addEventListener('hashchange', () => shell.view.follow(location.hash));
  // The page's title from index.html goes as the app draws (Preact leaves a node it cannot reuse where it was).
  let boot: ChildNode | null = root.firstChild;
  const show = (state: ShellState, page: { parts?: CalculatorParts; failed?: boolean } = {}) => {
    boot?.remove();
    boot = null;
    render(
      <AppProvider state={state}>
        <App {...page} />
      </AppProvider>,
      root,
    );
  };
  const first = await firstScreenFirst(location.hash, mode);
  if (first) show(shell);
  if (framed) reportHeight(import.meta.env.VITE_EMBED_PARENT_ORIGIN || '*');
  // The first screen is drawn and painted before the calculator is asked for: its download and parsing never delay it
  // (a tab opened in the background paints nothing, so it does not wait for a frame beyond a tenth of a second).
  if (first) {
    await whoDrawn(root);
    await new Promise((painted) => (requestAnimationFrame(() => setTimeout(painted, 0)), setTimeout(painted, 100)));
  }
  try {
    const { startCalculator } = await import('./calculator.ts');
    // Its chunk's evaluation, its state's building and its parts' drawing each a task of their own: together they
    // would block a slow phone for 50-70 ms (at 4x: evaluation 5-20, the state 15-45, the parts 15-35).
    await nextTask();
    const { state, parts } = await startCalculator(shell, { mode, embedded, shareBase, nothingToResume: first });
    await nextTask();
    show(state, { parts });
    // Whatever waited for the calculator (a focus move, the language switch) finds its page drawn.
    shell.arrive(state);
  } catch (e) {
    shell.fail(e);
    show(shell, { failed: true });
  }
}

const root = document.getElementById('app');
if (root) void start(root);
