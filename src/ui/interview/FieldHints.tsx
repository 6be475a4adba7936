/** A question's help text and its error message, each with an id the input points at (aria-describedby). */
import type { ComponentChildren } from 'preact';
import type { TextT } from '../../state/index.ts';
import { Txt } from '../shell/Txt.tsx';
import { useMessages } from '../shell/app-context.ts';

/** Ids of the hint and error of a question, for aria-describedby. */
export function describedBy(idBase: string, help: TextT | undefined, extraHint: boolean, error: unknown): string | undefined {
  const ids = [help || extraHint ? `${idBase}-hint` : '', error ? `${idBase}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A question answered by ticking: a fieldset whose legend is the question, then its hints and error. */
export function QuestionFieldset(props: { idBase: string; label: TextT; help?: TextT; extra?: string; error?: ComponentChildren; children: ComponentChildren }) {
  const { idBase, label, help, extra, error, children } = props;
  return (
    <fieldset class={`field q-field${error ? ' has-error' : ''}`} aria-describedby={describedBy(idBase, help, !!extra, error)}>
      <legend>
        <h2 class="q-label" tabIndex={-1} data-focus-target>
          <Txt text={label} />
        </h2>
      </legend>
      <FieldHints idBase={idBase} help={help} extra={extra} error={error} />
      {children}
    </fieldset>
  );
}

/** The hint (help text plus any extra line) and the error, in GOV.UK order: hint first, then error, then input. */
export function FieldHints({ idBase, help, extra, error }: { idBase: string; help?: TextT; extra?: string; error?: ComponentChildren }) {
  const m = useMessages();
  return (
    <>
      {(help || extra) && (
        <div class="hint" id={`${idBase}-hint`}>
          {help && (
            <p>
              <Txt text={help} />
            </p>
          )}
          {extra && <p>{extra}</p>}
        </div>
      )}
      {error && (
        <p class="field-error" id={`${idBase}-error`} data-testid="field-error">
          <span class="visually-hidden">{m.errorPrefix}</span>
          {error}
        </p>
      )}
    </>
  );
}
