/** A typed answer: a number (with its unit) or a date. The typed text is kept as typed, even when rejected. */
import type { ComponentChildren } from 'preact';
import type { TextT } from '../../state/index.ts';
import { FieldHints, describedBy } from './FieldHints.tsx';
import { Txt } from '../shell/Txt.tsx';

/** A labelled text or date input. */
export function TextField(props: {
  idBase: string;
  kind: 'number' | 'date';
  integer?: boolean;
  label: TextT;
  help?: TextT;
  unit?: TextT;
  value: string;
  onChange: (value: string) => void;
  error?: ComponentChildren;
}) {
  const { idBase, kind, integer, label, help, unit, value, onChange, error } = props;
  const id = `${idBase}-input`;
  const onInput = (e: Event) => onChange((e.currentTarget as HTMLInputElement).value);
  const aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(idBase, help, false, error) };
  return (
    <div class={`field q-field${error ? ' has-error' : ''}`}>
      <h2 class="q-label" tabIndex={-1} data-focus-target>
        <label for={id}>
          <Txt text={label} />
        </label>
      </h2>
      <FieldHints idBase={idBase} help={help} error={error} />
      <div class="input-row">
        {/* Numbers use a text box with a numeric keyboard (as GOV.UK advises): type=number drops
            what it cannot parse and changes value on scroll, which loses the text a person typed. */}
        {kind === 'date' ? (
          <input id={id} class="input-date" type="date" autoComplete="off" value={value} onInput={onInput} {...aria} />
        ) : (
          <input
            id={id}
            class="input-number"
            type="text"
            inputMode={integer ? 'numeric' : 'decimal'}
            autoComplete="off"
            spellcheck={false}
            value={value}
            onInput={onInput}
            {...aria}
          />
        )}
        {unit && (
          <span class="unit">
            <Txt text={unit} />
          </span>
        )}
      </div>
    </div>
  );
}
