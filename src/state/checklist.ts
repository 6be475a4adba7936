/** Which items go on the printable checklist: every eligible one until unticked, and any open one the user ticks. */
import { computed, createModel, signal, type ReadonlySignal } from '@preact/signals';
import { buildChecklist, defaultSelection, LISTABLE, type Checklist } from '../checklist/build-checklist.ts';
import type { ItemResult, Ruleset } from '../engine/index.ts';
import type { Session } from './session.ts';

/** The checklist of one session; `texts` counts the text packs put in (the sheet quotes items' own texts). */
export const ChecklistModel = createModel((ruleset: Ruleset, session: Session, texts?: ReadonlySignal<number>) => {
  // Only the user's own ticks are kept, so an item that becomes eligible after a changed answer joins by default;
  // they belong to one interview, and are forgotten when another is loaded (the next person, another draft).
  const ticked = signal<{ of: number; ticks: Map<string, boolean> }>({ of: 0, ticks: new Map() });
  const ticks = computed(() => (ticked.value.of === session.generation.value ? ticked.value.ticks : new Map<string, boolean>()));
  const candidates = computed<ItemResult[]>(() => session.evaluation.value.items.filter((r) => LISTABLE.includes(r.status)));
  const chosen = computed<string[]>(() => {
    const defaults = new Set(defaultSelection(session.evaluation.value));
    return candidates.value.filter((r) => ticks.value.get(r.id) ?? defaults.has(r.id)).map((r) => r.id);
  });
  const sheet = computed<Checklist>(() => {
    void texts?.value;
    return buildChecklist(ruleset, session.evaluation.value, session.answers.value, chosen.value);
  });
  return {
    /** The items that may go on the checklist: eligible or still to be confirmed. */
    candidates: candidates as ReadonlySignal<ItemResult[]>,
    chosen: chosen as ReadonlySignal<string[]>,
    sheet: sheet as ReadonlySignal<Checklist>,
    /** Ticks or unticks an item for the checklist. */
    choose(id: string, on: boolean) {
      ticked.value = { of: session.generation.value, ticks: new Map(ticks.value).set(id, on) };
    },
  };
});

export type ChecklistState = InstanceType<typeof ChecklistModel>;
