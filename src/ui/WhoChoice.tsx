/** "Who is asking": a person, an organisation, or both; sets the applicants the engine evaluates for. */
import type { Who } from '../state/index.ts';
import { useApp, useMessages } from './app-context.ts';

/** Radios for the applicant kind. */
export function WhoChoice() {
  const { session } = useApp();
  const m = useMessages();
  const options: [Who, string][] = [
    ['person', m.whoPerson],
    ['organisation', m.whoOrganisation],
    ['both', m.whoBoth],
  ];
  return (
    <fieldset class="who panel">
      <legend>
        <h2>{m.whoLegend}</h2>
      </legend>
      <div class="choices inline">
        {options.map(([value, label]) => (
          <label class="choice" key={value}>
            <input type="radio" name="who" value={value} checked={session.who.value === value} onChange={() => session.setWho(value)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
