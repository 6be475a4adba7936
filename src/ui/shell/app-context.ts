/** Hands the app state to every component, and turns the locale signal into the catalog and texts to show. */
import { createContext, h, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { catalogs, type MessagePart, type Messages } from '../../i18n/index.ts';
import type { AppState, Locale, ShellState, TextT } from '../../state/index.ts';

/** The first screen's state, then the whole app state once the calculator's code is in (main.tsx, AppProvider). */
export const AppContext = createContext<ShellState | null>(null);

/** Whether the calculator's state is in (the first screen has only the shell's). */
export const isApp = (state: ShellState): state is AppState => 'session' in state;

/** How many text packs are in the ruleset (src/state/texts.ts); a change re-renders every component that reads the app. */
const TextsRevision = createContext(0);

/**
 * Provides the app state. Text packs are put into the ruleset in place, so a component whose props hold a text (a
 * citation, a summary) sees no change of props: every reader of the app state is re-rendered when one arrives
 * (a context change passes @preact/signals' shouldComponentUpdate).
 */
export function AppProvider({ state, children }: { state: ShellState; children: ComponentChildren }) {
  return h(AppContext.Provider, { value: state }, h(TextsRevision.Provider, { value: isApp(state) ? state.texts.revision.value : 0 }, children));
}

/** The first screen's state (also there once the calculator is); throws outside the provider (a wiring bug). */
export function useShell(): ShellState {
  const state = useContext(AppContext);
  useContext(TextsRevision);
  if (!state) throw new Error('AppContext is not provided');
  return state;
}

/** The whole app state, or null while the first screen waits for the calculator's code. */
export function useMaybeApp(): AppState | null {
  const state = useShell();
  return isApp(state) ? state : null;
}

/** The app state, for the calculator's own components (rendered only once it is in); throws otherwise (a wiring bug). */
export function useApp(): AppState {
  const app = useMaybeApp();
  if (!app) throw new Error('the calculator is not loaded');
  return app;
}

/** The Chinese catalog with a part's words, made once per part. */
const withPart = new WeakMap<MessagePart, Messages & MessagePart>();

/**
 * The catalog for the current locale; reading the signal here re-renders the caller on a switch (the language switch
 * loads a catalog before it sets the locale, so the fallback to Chinese is never seen). A component of a part loaded
 * by need passes that part's Chinese words (src/i18n/*.zh-CN.ts), which it imports itself so that they ship in its
 * chunk; the English catalog has every part's already.
 */
export function useMessages(): Messages;
export function useMessages<P extends MessagePart>(part: P): Messages & P;
export function useMessages(part?: MessagePart): Messages {
  const locale = useShell().locale.locale.value;
  const en = locale === 'en' ? catalogs.en : undefined;
  if (en) return en;
  if (!part) return catalogs['zh-CN'];
  let m = withPart.get(part);
  if (!m) withPart.set(part, (m = { ...catalogs['zh-CN'], ...part }));
  return m;
}

/** The name of the page's landmarks (its header and main) inside a portal's frame, where they sit beside the portal's
 * own header and main and a screen reader's list of landmarks must tell them apart; none in a window of its own. */
export function useLandmarkName(): string | undefined {
  const { embedded } = useShell();
  const m = useMessages();
  return embedded ? m.title : undefined;
}

/** A bilingual text as a plain string (for attributes); English falls back to Chinese when missing. */
export function pick(text: TextT, locale: Locale): string {
  return locale === 'en' && text.en !== null ? text.en : text.zh;
}

const inFlight = new Set<Promise<unknown>>();

/** Notes a component on its way (src/ui/shell/lazy.tsx): focusQuestion() waits for it. */
export function trackLoad(p: Promise<unknown>): void {
  inFlight.add(p);
  const done = () => void inFlight.delete(p);
  p.then(done, done);
}

/** Moves keyboard and screen-reader focus to the question (or the "done" heading) after the page has updated. */
export function focusQuestion(): void {
  // After Preact's render, and after any page still loading (lazy.tsx): the element to focus may be the one the
  // action just created.
  void (async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    requestAnimationFrame(() => focusOn(document.querySelector<HTMLElement>('[data-focus-target]')));
  })();
}

/**
 * Focuses an element. Embedded, without scrolling: the frame is as tall as its content, so a focus that scrolls
 * would scroll the portal's page under the resident's eyes (seen in Chromium: 424 px on a phone).
 */
export function focusOn(el: HTMLElement | null | undefined): void {
  el?.focus({ preventScroll: document.documentElement.classList.contains('embedded') });
}
