/**
 * "Who is asking": the audiences of the ruleset as tick boxes, for oneself (a person) and for an organisation;
 * several may be ticked (a founder who also employs people ticks both, the second through Change). A first tick folds
 * the list into one line with a Change button and moves focus to the first question: on a phone the 13 boxes would
 * otherwise push it some 1,600 px down. Opened again by Change, the list stays open until "选好了".
 */
import { useState } from 'preact/hooks';
import { Txt } from '../shell/Txt.tsx';
import { focusQuestion, trackLoad, useShell, useMessages } from '../shell/app-context.ts';

/** The "who is asking" panel, full or folded. */
export function AudienceChoice() {
  const { choice, rules, calculator } = useShell();
  const m = useMessages();
  // The question to focus shows once the calculator's code (on the first screen) and its texts are in (they come with
  // who is chosen): focus waits for both.
  const toQuestion = () => {
    trackLoad(calculator.then((app) => app.questionTexts.load()).catch(() => undefined));
    focusQuestion();
  };
  const [open, setOpen] = useState(false);
  const all = rules.audiences;
  const chosen = choice.audiences.value;
  const folded = !open && chosen.length > 0;
  // One tree for both states: folding hides the boxes not ticked rather than swapping the markup, so the box just
  // ticked stays the same element (checked, focusable, seen by a test that checks it) and the rest stays in place.
  return (
    <section class={`who panel${folded ? ' folded' : ''}`} aria-labelledby="who-heading">
      <h2 id="who-heading" class={folded ? 'visually-hidden' : undefined}>
        {m.whoLegend}
      </h2>
      {folded ? <span class="label">{m.whoChosen}</span> : <p class="hint">{m.whoHint}</p>}
      {(['person', 'organisation'] as const).map((kind) => {
        const mine = all.filter((a) => a.applicant === kind);
        return (
          <fieldset key={kind} class="field who-group" hidden={folded && !mine.some((a) => chosen.includes(a.id))}>
            <legend class={folded ? 'visually-hidden' : 'label'}>{kind === 'person' ? m.whoForMyself : m.whoForOrganisation}</legend>
            <div class="choices">
              {mine.map((a) => (
                <label class="choice" key={a.id} hidden={folded && !chosen.includes(a.id)}>
                  <input
                    type="checkbox"
                    name="audience"
                    value={a.id}
                    checked={chosen.includes(a.id)}
                    aria-describedby={a.help && !folded ? `aud-${a.id}-help` : undefined}
                    onChange={(e) => {
                      choice.toggleAudience(a.id, (e.currentTarget as HTMLInputElement).checked);
                      // The first choice folds the list (open is false): the question is what to look at next.
                      if (!open) toQuestion();
                    }}
                  />
                  <span>
                    <Txt text={a.label} />
                    {a.help && !folded && (
                      <small class="choice-help" id={`aud-${a.id}-help`}>
                        <Txt text={a.help} />
                      </small>
                    )}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      {folded && (
        <button type="button" class="button small" onClick={() => setOpen(true)} aria-expanded="false" data-testid="who-change">
          {m.whoChange}
        </button>
      )}
      {open && (
        <button
          type="button"
          class="button secondary"
          data-testid="who-done"
          onClick={() => {
            setOpen(false);
            toQuestion();
          }}
        >
          {m.whoDone}
        </button>
      )}
    </section>
  );
}
