/** Which items go on the printable checklist: every eligible one until unticked, and any open one the user ticks. */
import { computed, createModel, signal, type ReadonlySignal } from '@preact/signals';
import type { Checklist } from '../checklist/build-checklist.ts';
import { defaultSelection, LISTABLE } from '../checklist/selection.ts';
import type { ItemResult, Ruleset } from '../engine/index.ts';
import type { Session } from './session.ts';

type Build = typeof import('../checklist/build-checklist.ts').buildChecklist;

/** The checklist of one session; `texts` counts the text packs put in (the sheet quotes items' own texts). */
export const ChecklistModel = createModel((ruleset: Ruleset, session: Session, texts?: ReadonlySignal<number>, onStaleCode?: () => void) => {
  // Only the user's own ticks are kept, so an item that becomes eligible after a changed answer joins by default;
  // they belong to one interview, and are forgotten when another is loaded (the next person, another draft).
  const ticked = signal<{ of: number; ticks: Map<string, boolean> }>({ of: 0, ticks: new Map() });
  const ticks = computed(() => (ticked.value.of === session.generation.value ? ticked.value.ticks : new Map<string, boolean>()));
  const candidates = computed<ItemResult[]>(() => session.evaluation.value.items.filter((r) => LISTABLE.includes(r.status)));
  const chosen = computed<string[]>(() => {
    const defaults = new Set(defaultSelection(session.evaluation.value));
    return candidates.value.filter((r) => ticks.value.get(r.id) ?? defaults.has(r.id)).map((r) => r.id);
  });
  // The sheet's code is a chunk of its own (issue 14), loaded when something first shows the sheet (the checklist
  // page); a failed load means this page's version is gone from the cache, and the next showing tries again.
  let loading = false;
  const build = signal<Build | null>(null, {
    watched() {
      if (loading || build.value) return;
      loading = true;
      import('../checklist/build-checklist.ts').then(
        (m) => void (build.value = m.buildChecklist),
        () => onStaleCode?.(),
      ).finally(() => (loading = false));
    },
  });
  const sheet = computed<Checklist | null>(() => {
    void texts?.value;
    return build.value?.(ruleset, session.evaluation.value, session.answers.value, chosen.value) ?? null;
  });
  return {
    /** The items that may go on the checklist: eligible or still to be confirmed. */
    candidates: candidates as ReadonlySignal<ItemResult[]>,
    chosen: chosen as ReadonlySignal<string[]>,
    /** The sheet; null until its code has loaded, which starts when something first reads the sheet in an effect. */
    sheet: sheet as ReadonlySignal<Checklist | null>,
    /** Ticks or unticks an item for the checklist. */
    choose(id: string, on: boolean) {
      ticked.value = { of: session.generation.value, ticks: new Map(ticks.value).set(id, on) };
    },
  };
});

export type ChecklistState = InstanceType<typeof ChecklistModel>;
