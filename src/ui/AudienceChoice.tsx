/**
 * "Who is asking": the audiences of the ruleset as tick boxes, for oneself (a person) and for an organisation;
 * several may be ticked (a founder who also employs people ticks both). Once answering has begun the choice folds
 * into one line with a Change button, so the question stays near the top of a phone screen.
 */
import { useState } from 'preact/hooks';
import { Txt } from './Txt.tsx';
import { pick, useApp, useMessages } from './app-context.ts';

export function AudienceChoice() {
  const { session, catalog, locale } = useApp();
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const all = catalog.ruleset.audiences ?? [];
  const chosen = session.audiences.value;
  const folded = !open && chosen.length > 0 && session.answeredCount.value > 0;
  if (folded) {
    const names = all.filter((a) => chosen.includes(a.id)).map((a) => pick(a.label, locale.locale.value));
    return (
      <section class="who panel folded" aria-label={m.whoLegend}>
        <p>
          <span class="label">{m.whoChosen}</span>
          {names.join(m.listSeparator)}
        </p>
        <button type="button" class="button small" onClick={() => setOpen(true)} aria-expanded="false">
          {m.whoChange}
        </button>
      </section>
    );
  }
  return (
    <section class="who panel" aria-labelledby="who-heading">
      <h2 id="who-heading">{m.whoLegend}</h2>
      <p class="hint">{m.whoHint}</p>
      {(['person', 'organisation'] as const).map((kind) => (
        <fieldset key={kind} class="field who-group">
          <legend class="label">{kind === 'person' ? m.whoForMyself : m.whoForOrganisation}</legend>
          <div class="choices">
            {all
              .filter((a) => a.applicant === kind)
              .map((a) => (
                <label class="choice" key={a.id}>
                  <input
                    type="checkbox"
                    name="audience"
                    value={a.id}
                    checked={chosen.includes(a.id)}
                    aria-describedby={a.help ? `aud-${a.id}-help` : undefined}
                    onChange={(e) => session.toggleAudience(a.id, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  <span>
                    <Txt text={a.label} />
                    {a.help && (
                      <small class="choice-help" id={`aud-${a.id}-help`}>
                        <Txt text={a.help} />
                      </small>
                    )}
                  </span>
                </label>
              ))}
          </div>
        </fieldset>
      ))}
      {open && (
        <button type="button" class="button secondary" onClick={() => setOpen(false)}>
          {m.whoDone}
        </button>
      )}
    </section>
  );
}
