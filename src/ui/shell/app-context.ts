/** Hands the app state to every component, and turns the locale signal into the catalog and texts to show. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { catalogs, type Messages } from '../../i18n/index.ts';
import type { AppState, Locale, TextT } from '../../state/index.ts';

/** The app state, provided once by main.tsx. */
export const AppContext = createContext<AppState | null>(null);

/** The app state; throws if a component is rendered outside the provider (a wiring bug, not a user error). */
export function useApp(): AppState {
  const app = useContext(AppContext);
  if (!app) throw new Error('AppContext is not provided');
  return app;
}

/** The catalog for the current locale; reading the signal here re-renders the caller on a switch. */
export function useMessages(): Messages {
  return catalogs[useApp().locale.locale.value];
}

/** A bilingual text as a plain string (for attributes); English falls back to Chinese when missing. */
export function pick(text: TextT, locale: Locale): string {
  return locale === 'en' && text.en !== null ? text.en : text.zh;
}

/** Moves keyboard and screen-reader focus to the question (or the "done" heading) after the page has updated. */
export function focusQuestion(): void {
  // After Preact's render: the element to focus may be the one the action just created.
  requestAnimationFrame(() => focusOn(document.querySelector<HTMLElement>('[data-focus-target]')));
}

/**
 * Focuses an element. Embedded, without scrolling: the frame is as tall as its content, so a focus that scrolls
 * would scroll the portal's page under the resident's eyes (seen in Chromium: 424 px on a phone).
 */
export function focusOn(el: HTMLElement | null | undefined): void {
  el?.focus({ preventScroll: document.documentElement.classList.contains('embedded') });
}
