/** One saved draft in the list: its name and dates, and open, rename (inline), duplicate, export and delete (confirmed). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftSummary } from '../../state/index.ts';
import { focusOn, focusQuestion, useApp, useMessages } from '../shell/app-context.ts';
import { download, draftTitle, exportFileName, formatTime } from './draft-words.ts';
import { draftsZh } from '../../i18n/drafts.zh-CN.ts';

type Mode = 'idle' | 'rename' | 'confirm';

/** A row; `say` puts a message in the page's status line, `onOpen` leaves for the calculator. */
export function DraftRow({ draft, say, onOpen }: { draft: DraftSummary; say: (text: string) => void; onOpen: () => void }) {
  const { drafts } = useApp();
  const m = useMessages(draftsZh);
  const [mode, setMode] = useState<Mode>('idle');
  const [name, setName] = useState(draft.name);
  const title = draftTitle(draft, m);
  const current = drafts.currentId.value === draft.id;
  const ref = useRef<HTMLDivElement>(null);
  // Keyboard focus follows the step: into the name field or the confirm button, and back to the row's first button.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return void (moved.current = true);
    focusOn(ref.current?.querySelector<HTMLElement>(mode === 'rename' ? 'input' : 'button'));
  }, [mode]);

  const rename = async (e: Event) => {
    e.preventDefault();
    const next = name.trim();
    await drafts.rename(draft.id, next);
    setMode('idle');
    say(m.drafts.renamed(draftTitle({ ...draft, name: next }, m)));
  };
  const duplicate = async () => {
    const copy = m.drafts.copyName(title);
    await drafts.duplicate(draft.id, copy);
    say(m.drafts.duplicated(copy));
  };
  const exportIt = async () => {
    const file = await drafts.exportText(draft.id);
    if (!file) return;
    const fileName = exportFileName(file.name, new Date());
    download(fileName, file.text);
    say(m.drafts.exported(fileName));
  };
  const remove = async () => {
    await drafts.remove(draft.id);
    say(m.drafts.removed(title));
    focusQuestion(); // The row is gone: focus returns to the page heading.
  };

  return (
    <li class={`draft panel${current ? ' current' : ''}`} data-draft={draft.id}>
      <h3 class="draft-name">
        {title} {current && <span class="badge current-badge">{m.drafts.currentBadge}</span>}
      </h3>
      <p class="draft-meta muted">{m.drafts.meta(formatTime(draft.updatedAt, m), draft.answerCount)}</p>
      <div ref={ref}>
        {mode === 'rename' ? (
          <form class="rename" onSubmit={rename} autoComplete="off">
            <label for={`name-${draft.id}`} class="label">
              {m.drafts.nameLabel}
            </label>
            <div class="input-row">
              <input
                type="text"
                id={`name-${draft.id}`}
                value={name}
                maxLength={80}
                autoComplete="off"
                onInput={(e) => setName(e.currentTarget.value)}
                onKeyDown={(e) => e.key === 'Escape' && setMode('idle')}
              />
              <button type="submit" class="button small">
                {m.drafts.save}
              </button>
              <button type="button" class="button small" onClick={() => setMode('idle')}>
                {m.drafts.cancel}
              </button>
            </div>
          </form>
        ) : mode === 'confirm' ? (
          <div class="confirm" role="group" aria-label={m.drafts.actionsFor(title)}>
            <p class="label">{m.drafts.removeConfirm(title)}</p>
            <div class="row-actions">
              <button type="button" class="button small danger" onClick={remove}>
                {m.drafts.confirmRemove}
              </button>
              <button type="button" class="button small" onClick={() => setMode('idle')}>
                {m.drafts.cancel}
              </button>
            </div>
          </div>
        ) : (
          <div class="row-actions" role="group" aria-label={m.drafts.actionsFor(title)}>
            {!current && (
              <button type="button" class="button small" onClick={async () => (await drafts.open(draft.id)) && onOpen()}>
                {m.drafts.open}
              </button>
            )}
            <button
              type="button"
              class="button small"
              onClick={() => {
                setName(draft.name);
                setMode('rename');
              }}
            >
              {m.drafts.rename}
            </button>
            <button type="button" class="button small" onClick={duplicate}>
              {m.drafts.duplicate}
            </button>
            <button type="button" class="button small" onClick={exportIt}>
              {m.drafts.exportFile}
            </button>
            <button type="button" class="button small" onClick={() => setMode('confirm')}>
              {m.drafts.remove}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
