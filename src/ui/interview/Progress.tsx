/** "已回答 N 题；大约还有 M 个问题": M is the engine's estimate of what will still be asked (each ranked question
 * weighed by the chance its items are still open by then), not the count of every open question. */
import { useApp, useMessages } from '../shell/app-context.ts';

/** The progress line under the question. */
export function Progress() {
  const { session } = useApp();
  const m = useMessages();
  return (
    <p class="progress" data-testid="progress">
      {m.progress(session.answeredCount.value, session.questionsToCome.value)}
    </p>
  );
}
