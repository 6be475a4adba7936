/** One answer from a few: radios in a fieldset whose legend is the question (used for yes/no and choices). */
import type { ComponentChildren } from 'preact';
import type { TextT } from '../../state/index.ts';
import { QuestionFieldset } from './FieldHints.tsx';

/** Props shared by the question fields. */
export interface ChoiceFieldProps {
  idBase: string;
  label: TextT;
  help?: TextT;
  options: { value: string; label: ComponentChildren }[];
  value: string;
  onChange: (value: string) => void;
  error?: ComponentChildren;
}

/** Radios; a whole row is the tap target, not only the small circle. */
export function ChoiceField({ idBase, label, help, options, value, onChange, error }: ChoiceFieldProps) {
  return (
    <QuestionFieldset idBase={idBase} label={label} help={help} error={error}>
      <div class="choices">
        {options.map((o) => (
          <label class="choice" key={o.value}>
            <input type="radio" name={idBase} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </QuestionFieldset>
  );
}
