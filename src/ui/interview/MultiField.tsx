/** Any number of answers: checkboxes, where none ticked is a real answer ("none of these apply"). */
import type { ComponentChildren } from 'preact';
import type { TextT } from '../../state/index.ts';
import { QuestionFieldset } from './FieldHints.tsx';
import { Txt } from '../shell/Txt.tsx';
import { useMessages } from '../shell/app-context.ts';

/** Checkboxes for a multi-choice fact. */
export function MultiField(props: {
  idBase: string;
  label: TextT;
  help?: TextT;
  options: { value: string; label: TextT }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: ComponentChildren;
}) {
  const { idBase, label, help, options, value, onChange, error } = props;
  const m = useMessages();
  const toggle = (v: string, on: boolean) => {
    // Keep the catalogue's order, so the answer reads the same whatever order boxes were ticked in.
    const next = new Set(value);
    if (on) next.add(v);
    else next.delete(v);
    onChange(options.map((o) => o.value).filter((x) => next.has(x)));
  };
  return (
    <QuestionFieldset idBase={idBase} label={label} help={help} extra={m.multiNoneHint} error={error}>
      <div class="choices">
        {options.map((o) => (
          <label class="choice" key={o.value}>
            <input
              type="checkbox"
              name={idBase}
              value={o.value}
              checked={value.includes(o.value)}
              onChange={(e) => toggle(o.value, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span>
              <Txt text={o.label} />
            </span>
          </label>
        ))}
      </div>
    </QuestionFieldset>
  );
}
