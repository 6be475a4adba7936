/** The page: header, notices (storage, rules updates, a new version), who is asking, the current question (or "done"), the answers given, and the results. */
import { useEffect, useRef } from 'preact/hooks';
import { AboutRules } from '../about/AboutRules.tsx';
import { AnsweredList } from '../interview/AnsweredList.tsx';
import { AudienceChoice } from '../interview/AudienceChoice.tsx';
import { CounterBar } from './CounterBar.tsx';
import { ChecklistPage } from '../checklist/ChecklistPage.tsx';
import { DonePanel } from '../interview/DonePanel.tsx';
import { DraftsPage } from '../drafts/DraftsPage.tsx';
import { Header } from './Header.tsx';
import { IdleWarning } from './IdleWarning.tsx';
import { Notices } from './Notices.tsx';
import { QuestionCard } from '../interview/QuestionCard.tsx';
import { Results } from '../results/Results.tsx';
import { focusQuestion, useApp, useMessages } from './app-context.ts';
import { useWide } from './use-wide.ts';

/** How many questions a wide screen shows at once. */
const GROUP = 3;

/** The root component. */
export function App() {
  const { session, view, display, counter } = useApp();
  const m = useMessages();
  // The document language follows the switch, so screen readers pick the right voice.
  useEffect(() => {
    document.documentElement.lang = m.htmlLang;
    document.title = m.title;
  }, [m]);
  const large = display.large.value;
  useEffect(() => {
    document.documentElement.classList.toggle('large-type', large);
  }, [large]);
  const current = session.current.value;
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
          <AudienceChoice />
          {session.audiences.value.length === 0 ? (
            <p class="panel notice" data-testid="choose-first">
              {m.whoFirst}
            </p>
          ) : current ? (
            // One question at a time on a phone; the few most decisive together on a wide screen.
            session.upcoming.value.slice(0, wide ? GROUP : 1).map((q, i) => (
              <QuestionCard key={`${q.fact}:${q.reason}:${q.serial}`} current={q} position={i} />
            ))
          ) : (
            <DonePanel />
          )}
        </div>
        <div class="area-results">
          <Results />
        </div>
        <div class="area-answered">
          <AnsweredList />
        </div>
      </main>
    </>
  );
}
