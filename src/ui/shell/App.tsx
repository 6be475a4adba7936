/**
 * The page: header, notices (storage, rules updates, a new version), who is asking, the current question (or "done"),
 * the answers given, and the results. About, the drafts page and the checklist are loaded when first opened.
 */
import { useEffect, useRef } from 'preact/hooks';
import { AnsweredList } from '../interview/AnsweredList.tsx';
import { AudienceChoice } from '../interview/AudienceChoice.tsx';
import { DonePanel } from '../interview/DonePanel.tsx';
import { Header } from './Header.tsx';
import { Notices } from './Notices.tsx';
import { QuestionCard } from '../interview/QuestionCard.tsx';
import { Results } from '../results/Results.tsx';
import { focusQuestion, useApp, useMessages } from './app-context.ts';
import { lazy } from './lazy.tsx';
import { useLater } from './use-later.ts';
import { useWide } from './use-wide.ts';

// Pages of their own chunks (issue 14): a resident who never opens them never downloads them.
const AboutRules = lazy(() => import('../about/AboutRules.tsx').then((m) => m.AboutRules));
const DraftsPage = lazy(() => import('../drafts/DraftsPage.tsx').then((m) => m.DraftsPage));
const ChecklistPage = lazy(() => import('../checklist/ChecklistPage.tsx').then((m) => m.ChecklistPage));
// Only a service counter shows these.
const CounterBar = lazy(() => import('./CounterBar.tsx').then((m) => m.CounterBar));
const IdleWarning = lazy(() => import('./IdleWarning.tsx').then((m) => m.IdleWarning));

/** How many questions a wide screen shows at once. */
const GROUP = 3;

/** The root component. */
export function App() {
  const { session, view, display, counter, texts, questionTexts } = useApp();
  const m = useMessages();
  // An explanation (or an About entry, or the supports' list) opened: its texts are loaded now, not before (issue 14).
  // `toggle` does not bubble; listening in the capture phase hears every <details> on the page.
  useEffect(() => {
    const opened = (e: Event) => {
      const details = e.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open) return;
      const item = details.closest('[data-item]')?.getAttribute('data-item');
      void (item ? texts.loadItems([item]) : texts.loadCommon()).catch(() => undefined);
    };
    document.addEventListener('toggle', opened, true);
    return () => document.removeEventListener('toggle', opened, true);
  }, [texts]);
  // The document language follows the switch, so screen readers pick the right voice.
  useEffect(() => {
    document.documentElement.lang = m.htmlLang;
    document.title = m.title;
  }, [m]);
  // The page is drawn in three steps, each a task of its own after the one before has painted: the header, then "who
  // is asking", then the results and answers columns (issue 14: no long task on first load on a slow phone).
  const who = useLater(true);
  const columns = useLater(who);
  const large = display.large.value;
  useEffect(() => {
    document.documentElement.classList.toggle('large-type', large);
  }, [large]);
  // Before anyone is chosen nothing is evaluated: the first screen never waits for the engine (issue 14).
  const chosen = session.audiences.value.length > 0;
  // The questions' texts for who is chosen come in a pack (issue 14): the engine runs once they are in.
  const textsIn = chosen && questionTexts.ready.value;
  const current = textsIn && session.current.value;
  const wide = useWide();
  const page = view.view.value;
  // A page change moves focus to the new page's heading, as a screen-reader user expects of a link.
  const shown = useRef(page);
  useEffect(() => {
    if (shown.current !== page) focusQuestion();
    shown.current = page;
  }, [page]);
  // At a counter, the mode and "next person" stay in view on every page; the idle warning covers everything.
  const atCounter = counter && (
    <>
      <CounterBar />
      <IdleWarning />
    </>
  );
  if (page !== 'calculator') {
    return (
      <>
        {atCounter}
        <Header />
        <Notices />
        {page === 'about' ? <AboutRules /> : page === 'drafts' ? <DraftsPage /> : <ChecklistPage />}
      </>
    );
  }
  return (
    <>
      {atCounter}
      <Header />
      <Notices />
      <main class="layout">
        <div class="area-ask">
          {who && (
            <>
              <AudienceChoice />
              {!chosen ? (
                <p class="panel notice" data-testid="choose-first">
                  {m.whoFirst}
                </p>
              ) : !textsIn ? (
                <p class="panel notice" aria-busy="true" data-testid="preparing">
                  {m.preparing}
                </p>
              ) : current ? (
                // One question at a time on a phone; the few most decisive together on a wide screen.
                session.upcoming.value.slice(0, wide ? GROUP : 1).map((q, i) => (
                  <QuestionCard key={`${q.fact}:${q.reason}:${q.serial}`} current={q} position={i} />
                ))
              ) : (
                <DonePanel />
              )}
            </>
          )}
        </div>
        <div class="area-results">{columns && <Results />}</div>
        <div class="area-answered">{columns && <AnsweredList />}</div>
      </main>
    </>
  );
}
