/** "已回答 N 题；还有 M 个问题可能影响结果": M is the engine's ranked questions — details behind an unanswered gate
 * count once, for the gate, so it estimates what will be asked rather than every open fact. */
import { useApp, useMessages } from '../shell/app-context.ts';

/** The progress line under the question. */
export function Progress() {
  const { session } = useApp();
  const m = useMessages();
  return (
    <p class="progress" data-testid="progress">
      {m.progress(session.answeredCount.value, session.evaluation.value.next.length)}
    </p>
  );
}
