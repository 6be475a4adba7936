/**
 * What is chosen before the engine is needed: who is asking and the evaluation date. The first screen (src/main.tsx)
 * takes both while the calculator's code is still on its way (issue 14); the session (session.ts) reads them from here.
 */
import { createModel, signal, type ReadonlySignal } from '@preact/signals';
import { isRealDate } from '../engine/dates.ts';

export const ChoiceModel = createModel((today: string) => {
  const started = signal(today);
  const asOf = signal(today);
  // Ids of the ruleset's audiences (a graduate, a founder, an employer…); several may be chosen.
  const audiences = signal<string[]>([]);
  return {
    /** The date the page started with: an untouched interview's evaluation date. */
    today: started as ReadonlySignal<string>,
    asOf: asOf as ReadonlySignal<string>,
    audiences: audiences as ReadonlySignal<string[]>,
    /** Sets the evaluation date; refuses (returns false) anything but a real YYYY-MM-DD date. */
    setAsOf(iso: string): boolean {
      if (!isRealDate(iso) || iso < '1900-01-01') return false;
      asOf.value = iso;
      return true;
    },
    /** Ticks or unticks one audience. */
    toggleAudience(id: string, on: boolean) {
      const rest = audiences.value.filter((a) => a !== id);
      audiences.value = on ? [...rest, id] : rest;
    },
    /** Replaces who is asking (a saved interview opened: its ids already checked against the ruleset). */
    setAudiences(ids: string[]) {
      audiences.value = ids;
    },
  };
});

export type ChoiceState = InstanceType<typeof ChoiceModel>;
