/** Shown when no question can change a result any more; says how many answers were "don't know". */
import { focusQuestion, useApp, useMessages } from '../shell/app-context.ts';
import { Progress } from './Progress.tsx';

/** The end-of-questions panel, with Back and Start again. */
export function DonePanel() {
  const { session } = useApp();
  const m = useMessages();
  const unknown = Object.values(session.answers.value).filter((v) => v === null).length;
  // Either action brings a question back on screen, so focus follows it there.
  const thenFocus = (action: () => void) => () => {
    action();
    focusQuestion();
  };
  return (
    <section class="done panel" data-testid="done">
      <h2 tabIndex={-1} data-focus-target>
        {m.doneHeading}
      </h2>
      <p>{m.doneText}</p>
      {unknown > 0 && <p>{m.doneDontKnow(unknown)}</p>}
      <Progress />
      <div class="actions">
        {session.canGoBack.value && (
          <button type="button" class="button secondary" onClick={thenFocus(session.back)}>
            {m.back}
          </button>
        )}
        <button type="button" class="button secondary" onClick={thenFocus(session.reset)}>
          {m.restart}
        </button>
      </div>
    </section>
  );
}
