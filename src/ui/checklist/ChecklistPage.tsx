/**
 * The printable application checklist: tick boxes to choose the items, a Print button, and the sheet itself, which is
 * all that a printer (or "Save as PDF") gets — the print styles hide everything else.
 */
import { useEffect } from 'preact/hooks';
import { textsReady } from '../../state/index.ts';
import { ChecklistSheet } from './ChecklistSheet.tsx';
import { Txt } from '../shell/Txt.tsx';
import { useApp, useLandmarkName, useMessages } from '../shell/app-context.ts';
import { checklistZh } from '../../i18n/checklist.zh-CN.ts';
import './checklist.css';

/** The page behind #checklist. */
export function ChecklistPage() {
  const { checklist, view, catalog, texts, questionTexts } = useApp();
  const m = useMessages(checklistZh);
  const landmark = useLandmarkName();
  const candidates = checklist.candidates.value;
  const chosen = checklist.chosen.value;
  // The sheet quotes the items' own texts (materials, notes) and the materials' names: loaded for every item that may
  // be ticked, so a tick never waits; the sheet shows once they are in.
  const ids = candidates.map((r) => r.id);
  // Its answers table names the questions: their texts come with who is asking (src/state/index.ts loads them).
  const ready = textsReady(texts, { items: ids }) && questionTexts.ready.value;
  // The sheet's own code loads meanwhile, from the first time the page reads it (state/checklist.ts): null until then.
  const built = checklist.sheet.value !== null;
  useEffect(() => {
    if (!ready) void texts.loadItems(ids).catch(() => undefined);
  }, [ready, ids.join(' ')]);
  return (
    <main class="checklist-page" id="main" aria-label={landmark}>
      <div class="checklist-controls panel">
        <p>
          <a href={view.href('calculator')}>{m.checklistBack}</a>
        </p>
        <h2 data-focus-target tabIndex={-1}>
          {m.checklistHeading}
        </h2>
        {candidates.length === 0 ? (
          <p data-testid="checklist-none">{m.checklistNone}</p>
        ) : (
          <>
            <p class="hint">{m.checklistHint}</p>
            <fieldset class="field">
              <legend class="label">{m.checklistChoose}</legend>
              <div class="choices">
                {candidates.map((r) => (
                  <label class="choice" key={r.id}>
                    <input
                      type="checkbox"
                      name="checklist-item"
                      value={r.id}
                      checked={chosen.includes(r.id)}
                      onChange={(e) => checklist.choose(r.id, (e.currentTarget as HTMLInputElement).checked)}
                    />
                    <span>
                      <Txt text={catalog.item(r.id).name} />
                      <small class="choice-help">{r.status === 'eligible' ? m.groupEligible : m.groupNeedsInfo}</small>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div class="actions">
              <button type="button" class="button primary" onClick={() => window.print()} disabled={chosen.length === 0}>
                {m.checklistPrint}
              </button>
            </div>
          </>
        )}
      </div>
      {candidates.length > 0 && ready && built && <ChecklistSheet />}
    </main>
  );
}
