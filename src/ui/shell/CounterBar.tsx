/**
 * At a service counter: a bar that stays at the top of the screen, saying the mode, with "下一位 / Next person".
 * One click clears the person (after a confirm when their answers were not saved under a name) in every tab, and
 * the page returns to its start with the evaluation date and language staff chose.
 */
import { useState } from 'preact/hooks';
import { focusOn, useApp, useMessages } from './app-context.ts';
import { useModal } from './use-modal.ts';
import { counterZh } from '../../i18n/counter.zh-CN.ts';
import './counter.css';

export function CounterBar() {
  const { drafts, view } = useApp();
  const m = useMessages(counterZh);
  const [asking, setAsking] = useState(false);
  const [said, setSaid] = useState('');
  const dialog = useModal(asking);

  const next = async () => {
    setAsking(false);
    await drafts.nextPerson();
    if (location.hash) location.hash = view.href('calculator');
    setSaid(m.counter.done);
    scrollTo(0, 0);
    focusOn(document.querySelector<HTMLElement>('h1'));
  };
  return (
    <section class="counter-bar" aria-label={m.counter.badge} data-testid="counter-bar">
      <span class="badge counter-badge">{m.counter.badge}</span>
      <p role="status" class="counter-status" data-testid="counter-status">
        {said}
      </p>
      <button
        type="button"
        class="button small next-person"
        data-testid="next-person"
        onClick={() => (drafts.unsavedPerson.value ? setAsking(true) : void next())}
      >
        {m.counter.nextPerson}
      </button>
      <dialog ref={dialog} class="panel counter-dialog" aria-labelledby="next-heading" onClose={() => setAsking(false)}>
        <h2 id="next-heading">{m.counter.confirmHeading}</h2>
        <p>{m.counter.confirmText}</p>
        <div class="row-actions">
          <button type="button" class="button small danger" onClick={() => void next()}>
            {m.counter.confirm}
          </button>
          <button type="button" class="button small" onClick={() => setAsking(false)}>
            {m.counter.cancel}
          </button>
        </div>
      </dialog>
    </section>
  );
}
