/** Every answer given, in words, each with a Change button that reopens its question. */
import { valueText } from '../../state/index.ts';
import { Txt } from '../shell/Txt.tsx';
import { focusQuestion, pick, useApp, useMessages } from '../shell/app-context.ts';

/** The list of answered questions. */
export function AnsweredList() {
  const { session, catalog, locale } = useApp();
  const m = useMessages();
  const answers = session.answers.value;
  const ids = Object.keys(answers);
  return (
    <section class="answered panel" aria-labelledby="answered-heading">
      <h2 id="answered-heading">{m.answeredHeading}</h2>
      {ids.length === 0 ? (
        <p class="muted">{m.answeredNone}</p>
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
