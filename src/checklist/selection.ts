/**
 * Which items may go on the checklist, and which it starts with: what the results column (its link to the checklist)
 * needs on the first screen, apart from the sheet itself (build-checklist.ts, loaded with the checklist page).
 */
import type { Evaluation, StatusT } from '../engine/types.ts';

/** Statuses an item may have to go on the checklist: eligible, or still to be confirmed at the counter. */
export const LISTABLE: readonly StatusT[] = ['eligible', 'needs-info'];

/** The items a checklist starts with: every eligible one. */
export function defaultSelection(evaluation: Evaluation): string[] {
  return evaluation.items.filter((r) => r.status === 'eligible').map((r) => r.id);
}
