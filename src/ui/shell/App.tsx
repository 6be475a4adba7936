/**
 * The page: header, notices (storage, rules updates, a new version), who is asking, the current question (or "done"),
 * the answers given, and the results. The frame (the header and who is asking) is the first screen's, drawn from a
 * small first download; the rest comes with the calculator's code as `parts` (calculator-parts.tsx), which main.tsx
 * passes once it is in (issue 14). The same App stays on the page throughout, so nothing drawn is replaced.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { View } from '../../state/index.ts';
import { AudienceChoice } from '../interview/AudienceChoice.tsx';
import { Header } from './Header.tsx';
import { focusQuestion, trackLoad, useLandmarkName, useMessages, useShell } from './app-context.ts';
import { useLater } from './use-later.ts';

/** What the calculator's code brings to the page. */
export interface CalculatorParts {
  /** The service counter's bar and idle warning (nothing on a resident's device). */
  Counter: ComponentType;
  Notices: ComponentType;
  /** The question (or the few most decisive) on screen, or "done", once someone is chosen. */
  Questions: ComponentType;
  Results: ComponentType;
  AnsweredList: ComponentType;
  /** About, the drafts page or the checklist. */
  Page: ComponentType<{ page: Exclude<View, 'calculator'> }>;
}

/** What shows where the calculator's part will be, until it is in. */
export function Preparing() {
  const m = useMessages();
  return (
    <p class="panel notice" aria-busy="true" data-testid="preparing">
      {m.preparing}
    </p>
  );
}

/** "Reload the page": this page's files are out of date or missing (the first screen's, or Notices' stale prompt). */
export function ReloadBanner({ text, reload }: { text: string; reload: () => void }) {
  const m = useMessages();
  return (
    <p class="banner update" data-testid="stale-prompt">
      {text}{' '}
      <button type="button" class="button small" onClick={reload}>
        {m.update.reload}
      </button>
    </p>
  );
}

/** The root component; `failed`: the calculator's code could not be loaded (a newer version replaced this one's files,
 * or no connection). */
export function App({ parts, failed = false }: { parts?: CalculatorParts; failed?: boolean }) {
  const { view, display, choice, calculator } = useShell();
  const m = useMessages();
  const landmark = useLandmarkName();
  // The document language follows the switch, so screen readers pick the right voice.
  useEffect(() => {
    document.documentElement.lang = m.htmlLang;
    document.title = m.title;
  }, [m]);
  // The page is drawn in four steps, each a task of its own after the one before has painted: the header's title and
  // tools, then its intro, date and rules version, then "who is asking", then the results and answers columns (issue
  // 14: no long task on first load on a slow phone; the first layout of each sets up fonts, some 30-60 ms at 4x in
  // Linux Chromium). main.tsx loads the calculator after "who is asking".
  const meta = useLater(true);
  const who = useLater(meta);
  const columns = useLater(who);
  const large = display.large.value;
  useEffect(() => {
    document.documentElement.classList.toggle('large-type', large);
  }, [large]);
  const chosen = choice.audiences.value.length > 0;
  const page = view.view.value;
  // A page change moves focus to the new page's heading, as a screen-reader user expects of a link (on the first
  // screen, once the calculator has drawn it).
  const shown = useRef(page);
  useEffect(() => {
    if (shown.current !== page) {
      if (!parts) trackLoad(calculator);
      focusQuestion();
    }
    shown.current = page;
  }, [page]);
  // What is under the header comes with the header's second half, never before it: it would be pushed down (CLS).
  const top = (
    <>
      {parts && <parts.Counter />}
      <Header meta={meta} />
      {meta && (parts ? <parts.Notices /> : failed && <ReloadBanner text={m.update.cannotLoad} reload={() => location.reload()} />)}
    </>
  );
  if (!meta) return top;
  if (page !== 'calculator') {
    return (
      <>
        {top}
        {parts ? <parts.Page page={page} /> : <Preparing />}
      </>
    );
  }
  return (
    <>
      {top}
      <main class="layout" aria-label={landmark}>
        <div class="area-ask">
          {who && (
            <>
              <AudienceChoice />
              {!chosen ? (
                <p class="panel notice" data-testid="choose-first">
                  {m.whoFirst}
                </p>
              ) : parts ? (
                <parts.Questions />
              ) : (
                <Preparing />
              )}
            </>
          )}
        </div>
        <div class="area-results">{columns && parts && <parts.Results />}</div>
        <div class="area-answered">{columns && parts && <parts.AnsweredList />}</div>
      </main>
    </>
  );
}
