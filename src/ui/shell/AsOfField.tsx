/** The evaluation date: defaults to today; an incomplete date is flagged and the last good one stays in use. */
import { useState } from 'preact/hooks';
import { useShell, useMessages } from './app-context.ts';
import { useLater } from './use-later.ts';

/** The date input in the header. */
export function AsOfField() {
  const { choice } = useShell();
  const m = useMessages();
  const [raw, setRaw] = useState(choice.asOf.value);
  const [bad, setBad] = useState(false);
  // A date set from outside (a draft opened or imported) replaces whatever the field held.
  const [shown, setShown] = useState(choice.asOf.value);
  if (shown !== choice.asOf.value) {
    setShown(choice.asOf.value);
    setRaw(choice.asOf.value);
    setBad(false);
  }
  // Chromium fires input for every keystroke in the year (0002, 0020, 0202 …): take a date as soon as it is
  // valid, but only complain once the person leaves the field, not while they are still typing.
  const onInput = (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement).value;
    setRaw(v);
    if (choice.setAsOf(v)) setBad(false);
  };
  const onBlur = () => setBad(raw !== choice.asOf.value);
  // A date field's first layout sets up the browser's date formats (about 50 ms on a slow phone): it becomes one a task
  // after the page's first paint, in a box of the same size (issue 14: no long task on first load).
  const dated = useLater(true);
  return (
    <div class={`as-of field${bad ? ' has-error' : ''}`}>
      <label for="as-of">{m.asOfLabel}</label>
      <p class="hint" id="as-of-hint">
        {m.asOfHelp}
      </p>
      {bad && (
        <p class="field-error" id="as-of-error">
          <span class="visually-hidden">{m.errorPrefix}</span>
          {m.asOfInvalid}
        </p>
      )}
      <input
        id="as-of"
        type={(dated ? 'date' : 'text') as 'date'}
        readOnly={!dated}
        class="input-date"
        autoComplete="off"
        value={raw}
        onInput={onInput}
        onBlur={onBlur}
        aria-invalid={bad}
        aria-describedby={bad ? 'as-of-hint as-of-error' : 'as-of-hint'}
      />
    </div>
  );
}
