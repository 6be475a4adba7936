/**
 * The drafts page (#drafts): every draft saved on this device, a new draft, importing a file, and clearing all data.
 * What each action did is announced in one status line (role="status"); a refused import in an alert.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DraftRow } from './DraftRow.tsx';
import { focusOn, useApp, useLandmarkName, useMessages } from '../shell/app-context.ts';
import { draftsZh } from '../../i18n/drafts.zh-CN.ts';
import './drafts.css';

/** The page. */
export function DraftsPage() {
  const { drafts, view } = useApp();
  const m = useMessages(draftsZh);
  const landmark = useLandmarkName();
  const [status, setStatus] = useState('');
  const [refusal, setRefusal] = useState<{ text: string; detail: string } | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  // Asked to confirm, the keyboard lands on the confirm button; cancelled, back on the button that asked.
  const clearBox = useRef<HTMLElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) focusOn(clearBox.current?.querySelector('button'));
    asked.current = true;
  }, [confirmClear]);
  const say = (text: string) => {
    setRefusal(null);
    setStatus(text);
  };
  const toCalculator = () => {
    location.hash = view.href('calculator');
  };

  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // Choosing the same file again must fire another change.
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      setStatus('');
      return setRefusal({ text: m.drafts.importRefused.unreadable!, detail: String(err) });
    }
    const r = await drafts.importText(text);
    if (r.ok) say(m.drafts.imported(r.name.trim() || m.drafts.heading) + (r.migratedFrom === 1 ? ` ${m.drafts.importedV1}` : ''));
    else {
      setStatus('');
      setRefusal({ text: m.drafts.importRefused[r.problem]!, detail: r.detail });
    }
  };

  const list = drafts.list.value;
  return (
    <main class="drafts-page" id="main" aria-label={landmark}>
      <p>
        <a href={view.href('calculator')}>{m.drafts.backToCalculator}</a>
      </p>
      <h2 data-focus-target tabIndex={-1}>
        {m.drafts.heading}
      </h2>
      <p>{m.drafts.intro}</p>
      <div class="actions">
        <button
          type="button"
          class="button primary"
          onClick={async () => {
            await drafts.newDraft();
            toCalculator();
          }}
        >
          {m.drafts.newDraft}
        </button>
      </div>
      {/* The browser's own file button speaks the browser's language ("Choose File · No file chosen" on an English
          Windows at a counter): the page draws its own, in the page's language, around the input. */}
      <div class="field import">
        <p class="label" id="import-label">
          {m.drafts.importLabel}
        </p>
        <p class="hint" id="import-hint">
          {m.drafts.importHint}
        </p>
        <label class="button secondary file-pick">
          <input
            type="file"
            id="import-file"
            class="visually-hidden"
            accept=".json,application/json"
            aria-labelledby="import-label"
            aria-describedby="import-hint"
            onChange={importFile}
          />
          {m.drafts.chooseFile}
        </label>
      </div>
      {/* One wrapper, so the two (usually empty) live regions take one gap of the page's grid. */}
      <div class="drafts-messages">
        <p role="status" class="drafts-status" data-testid="drafts-status">
          {status}
        </p>
        <div role="alert" data-testid="import-refused">
          {refusal && (
            <div class="panel refusal">
              <p class="label">{refusal.text}</p>
              <p>{m.drafts.nothingChanged}</p>
              <p class="muted">
                {m.drafts.refusedDetail}
                {refusal.detail}
              </p>
            </div>
          )}
        </div>
      </div>
      {list.length === 0 ? (
        <p class="muted" data-testid="drafts-none">
          {m.drafts.none}
        </p>
      ) : (
        <ul class="draft-list" data-testid="draft-list">
          {list.map((d) => (
            <DraftRow key={d.id} draft={d} say={say} onOpen={toCalculator} />
          ))}
        </ul>
      )}
      <section class="panel clear-all" aria-labelledby="clear-heading" ref={clearBox}>
        <h3 id="clear-heading">{m.drafts.clearHeading}</h3>
        <p>{m.drafts.clearText}</p>
        {confirmClear ? (
          <div role="group" aria-labelledby="clear-heading">
            <p class="label">{m.drafts.clearConfirm}</p>
            <div class="row-actions">
              <button
                type="button"
                class="button small danger"
                onClick={async () => {
                  await drafts.clearAll();
                  setConfirmClear(false);
                  say(m.drafts.cleared);
                }}
              >
                {m.drafts.confirmClear}
              </button>
              <button type="button" class="button small" onClick={() => setConfirmClear(false)}>
                {m.drafts.cancel}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="button secondary" onClick={() => setConfirmClear(true)}>
            {m.drafts.clearAll}
          </button>
        )}
      </section>
    </main>
  );
}
