/**
 * The page's parts that come with the calculator's code (issue 14): the engine, the rules and the storage arrive with
 * them, after the first screen (App.tsx) is up. About, the drafts page, the checklist and the counter's parts are
 * chunks of their own again, loaded when first shown.
 */
import { AnsweredList } from '../interview/AnsweredList.tsx';
import { DonePanel } from '../interview/DonePanel.tsx';
import { QuestionCard } from '../interview/QuestionCard.tsx';
import { Results } from '../results/Results.tsx';
import { Preparing, type CalculatorParts } from './App.tsx';
import { useApp } from './app-context.ts';
import { lazy } from './lazy.tsx';
import { Notices } from './Notices.tsx';
import { useWide } from './use-wide.ts';

// Pages of their own chunks: a resident who never opens them never downloads them.
const AboutRules = lazy(() => import('../about/AboutRules.tsx').then((m) => m.AboutRules));
const DraftsPage = lazy(() => import('../drafts/DraftsPage.tsx').then((m) => m.DraftsPage));
const ChecklistPage = lazy(() => import('../checklist/ChecklistPage.tsx').then((m) => m.ChecklistPage));
// Only a service counter shows these.
const CounterBar = lazy(() => import('./CounterBar.tsx').then((m) => m.CounterBar));
const IdleWarning = lazy(() => import('./IdleWarning.tsx').then((m) => m.IdleWarning));

/** How many questions a wide screen shows at once. */
const GROUP = 3;

/** The question to answer, once its words are in (they come in a pack with who is chosen), or "done". */
function Questions() {
  const { session, questionTexts } = useApp();
  const wide = useWide();
  if (!questionTexts.ready.value) return <Preparing />;
  if (!session.current.value) return <DonePanel />;
  // One question at a time on a phone; the few most decisive together on a wide screen.
  return (
    <>
      {session.upcoming.value.slice(0, wide ? GROUP : 1).map((q, i) => (
        <QuestionCard key={`${q.fact}:${q.reason}:${q.serial}`} current={q} position={i} />
      ))}
    </>
  );
}

/** At a counter, the mode and "next person" stay in view on every page; the idle warning covers everything. */
function Counter() {
  const { counter } = useApp();
  return counter ? (
    <>
      <CounterBar />
      <IdleWarning />
    </>
  ) : null;
}

function Page({ page }: { page: 'about' | 'drafts' | 'checklist' }) {
  return page === 'about' ? <AboutRules /> : page === 'drafts' ? <DraftsPage /> : <ChecklistPage />;
}

export const calculatorParts: CalculatorParts = { Counter, Notices, Questions, Results, AnsweredList, Page };
