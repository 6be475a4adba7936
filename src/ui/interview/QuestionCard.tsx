/** The one question on screen: its input by fact type, Next / Don't know / Back, and an honest progress line. */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { draftOf, readDraft, type CurrentQuestion, type Draft, type DraftProblem, type FactT } from '../../state/index.ts';
import { ChoiceField } from './ChoiceField.tsx';
import { MultiField } from './MultiField.tsx';
import { Progress } from './Progress.tsx';
import { TextField } from './TextField.tsx';
import { Txt } from '../shell/Txt.tsx';
import { focusOn, focusQuestion, useApp, useMessages } from '../shell/app-context.ts';

/** The question card; remounted (by key) for each new question, so its draft starts from the prefill. */
export function QuestionCard({ current, position = 0 }: { current: CurrentQuestion; position?: number }) {
  const first = position === 0;
  const { session, catalog } = useApp();
  const m = useMessages();
  const fact = catalog.fact(current.fact);
  const [draft, setDraft] = useState<Draft>(() => draftOf(fact, current.prefill));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const error = problem && <ProblemText problem={problem} />;
  const act = (f: () => void) => {
    f();
    focusQuestion();
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const r = readDraft(fact, draft);
    if (r.ok) act(() => session.answer(fact.id, r.value));
    else {
      setProblem(r.problem);
      // Put the cursor back in the field, so the person can correct what they typed at once.
      focusOn(form.current?.querySelector<HTMLInputElement>('input'));
    }
  };

  return (
    <section class="question panel" data-fact={fact.id} data-type={fact.type} aria-label={first ? m.questionRegion : m.questionRegionN(position + 1)}>
      {current.reason !== 'next' && <p class="notice">{current.reason === 'back' ? m.reasonBack : m.reasonEdit}</p>}
      <form ref={form} onSubmit={onSubmit} noValidate autoComplete="off">
        <FactInput fact={fact} draft={draft} setDraft={setDraft} error={error} />
        <div class="actions">
          <button type="submit" class="button primary">
            {m.next}
          </button>
          <button type="button" class="button secondary" onClick={() => act(() => session.skip(fact.id))}>
            {m.dontKnow}
          </button>
          {first && session.canGoBack.value && (
            <button type="button" class="button secondary" onClick={() => act(() => session.back())}>
              {m.back}
            </button>
          )}
          {current.reason === 'edit' && (
            <button type="button" class="button link" onClick={() => act(() => session.cancelEdit())}>
              {m.cancelEdit}
            </button>
          )}
        </div>
      </form>
      {first && <Progress />}
    </section>
  );
}

/** A draft problem in words: the form's own reasons, or the engine's message for the fact. */
function ProblemText({ problem }: { problem: DraftProblem }) {
  const m = useMessages();
  if (problem.code === 'rule') return <Txt text={problem.message} />;
  return <>{problem.code === 'empty' ? m.errorEmpty : problem.code === 'not-a-number' ? m.errorNotANumber : m.errorBadDate}</>;
}

/** Picks the field for the fact's type. */
function FactInput(props: { fact: FactT; draft: Draft; setDraft: (d: Draft) => void; error: JSX.Element | null }) {
  const { fact, draft, setDraft, error } = props;
  const m = useMessages();
  const common = { idBase: `q-${fact.id}`, label: fact.label, help: fact.help, error: error ?? undefined };
  const text = typeof draft === 'string' ? draft : '';
  switch (fact.type) {
    case 'boolean':
      return (
        <ChoiceField
          {...common}
          options={[
            { value: 'true', label: m.yes },
            { value: 'false', label: m.no },
          ]}
          value={text}
          onChange={setDraft}
        />
      );
    case 'choice':
      return (
        <ChoiceField
          {...common}
          options={(fact.options ?? []).map((o) => ({ value: o.value, label: <Txt text={o.label} /> }))}
          value={text}
          onChange={setDraft}
        />
      );
    case 'multi':
      return <MultiField {...common} options={fact.options ?? []} value={Array.isArray(draft) ? draft : []} onChange={setDraft} />;
    case 'number':
    case 'date':
      return <TextField {...common} kind={fact.type} integer={fact.integer} unit={fact.unit} value={text} onChange={setDraft} />;
  }
}
