/** After a draft saved under other rules is opened: which items' status or amount changed, old → new, by name. */
import type { AmountFigure, ResultChange, StatusT } from '../../state/index.ts';
import { amountWords } from '../results/AmountText.tsx';
import { Txt } from './Txt.tsx';
import { useApp, useMessages } from './app-context.ts';
import type { Messages } from '../../i18n/index.ts';

function side(r: { status: StatusT; amount: AmountFigure | null } | null, m: Messages, zh: boolean): string {
  if (!r) return m.changes.noResult;
  const status = m.changes.status[r.status];
  return r.amount && r.amount.kind !== 'none' ? m.changes.withAmount(status, amountWords(r.amount, m, zh)) : status;
}

function Change({ change }: { change: ResultChange }) {
  const { locale } = useApp();
  const m = useMessages();
  const zh = locale.locale.value === 'zh-CN';
  return (
    <li data-changed={change.id}>
      <strong>{change.name ? <Txt text={change.name} /> : m.changes.goneItem(change.id)}</strong>
      {m.colon}
      {side(change.before, m, zh)}
      {m.changes.arrow}
      {side(change.after, m, zh)}
    </li>
  );
}

/** The notice; nothing when there is nothing to tell. */
/** The results that changed, old → new, by name (also for a hand-off link made under other rules). */
export function ChangeList({ changes }: { changes: ResultChange[] }) {
  const m = useMessages();
  return (
    <>
      <p>{m.changes.listed}</p>
      <ul>
        {changes.map((c) => (
          <Change key={c.id} change={c} />
        ))}
      </ul>
    </>
  );
}

export function ChangesNotice() {
  const { drafts, catalog } = useApp();
  const m = useMessages();
  const n = drafts.notice.value;
  if (!n) return null;
  return (
    <section class="panel notice changes" aria-labelledby="changes-heading" data-testid="changes-notice">
      {n.fromVersion !== null && (
        <>
          <h2 id="changes-heading">{m.changes.heading}</h2>
          <p>{m.changes.intro(n.fromVersion, catalog.ruleset.version)}</p>
          {n.changes.length === 0 ? (
            <p>{m.changes.none}</p>
          ) : (
            <ChangeList changes={n.changes} />
          )}
        </>
      )}
      {n.dropped.length > 0 && <p id={n.fromVersion === null ? 'changes-heading' : undefined}>{m.changes.dropped(n.dropped.length)}</p>}
      <button type="button" class="button small" onClick={() => drafts.dismissNotice()}>
        {m.changes.dismiss}
      </button>
    </section>
  );
}
