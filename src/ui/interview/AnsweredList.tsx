/** Every answer given, in words, each with a Change button that reopens its question. */
import { valueText } from '../../state/index.ts';
import { Txt } from '../shell/Txt.tsx';
import { focusQuestion, pick, useApp, useMessages } from '../shell/app-context.ts';

/** The list of answered questions. */
export function AnsweredList() {
  const { session, catalog, locale, questionTexts } = useApp();
  const m = useMessages();
  const answers = session.answers.value;
  const ids = Object.keys(answers);
  // An answer opened from a draft or a link may be to a question whose texts are still on their way.
  const textsIn = questionTexts.ready.value;
  return (
    <section class="answered panel" aria-labelledby="answered-heading">
      <h2 id="answered-heading">{m.answeredHeading}</h2>
      {ids.length === 0 || !textsIn ? (
        <p class="muted">{ids.length === 0 ? m.answeredNone : m.preparing}</p>
      ) : (
        <ol class="answer-list">
          {ids.map((id) => {
            const fact = catalog.fact(id);
            const v = answers[id];
            return (
              <li key={id} data-answered={id}>
                <span class="answer-q">
                  <Txt text={fact.label} />
                </span>
                <span class="answer-v">{v === null || v === undefined ? m.dontKnowAnswer : <Txt text={valueText(fact, v)} />}</span>
                <button
                  type="button"
                  class="button small"
                  aria-label={m.editFor(pick(fact.label, locale.locale.value))}
                  onClick={() => {
                    session.edit(id);
                    focusQuestion();
                  }}
                >
                  {m.edit}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
