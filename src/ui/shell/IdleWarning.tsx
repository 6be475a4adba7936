/**
 * The counter's idle warning: full screen, counting down to the wipe. Any key or tap anywhere cancels it (main.tsx
 * reports activity), so "继续使用" is there for those who look for a button.
 */
import { useApp, useMessages } from './app-context.ts';
import { useModal } from './use-modal.ts';
import { counterZh } from '../../i18n/counter.zh-CN.ts';
import './idle.css';

export function IdleWarning() {
  const { counter } = useApp();
  const m = useMessages(counterZh);
  const left = counter?.idle.secondsLeft.value ?? null;
  const dialog = useModal(left !== null);
  return (
    <dialog ref={dialog} class="idle-warning" aria-labelledby="idle-heading" data-testid="idle-warning">
      {left !== null && (
        <div class="idle-box">
          <h2 id="idle-heading">{m.counter.idleHeading}</h2>
          <p class="idle-count">{m.counter.idleText(left)}</p>
          <p>{m.counter.idleHint}</p>
          <button type="button" class="button primary" onClick={() => counter?.idle.activity()}>
            {m.counter.idleKeep}
          </button>
        </div>
      )}
    </dialog>
  );
}
