/** A ruleset grown k times for the growth benchmark: every item copied k − 1 times under new ids, each copy's stacking
 * rules and audiences naming its own copies, the facts and parameters shared. */
import type { Ruleset } from '../../src/engine/index.ts';

export function scaled(ruleset: Ruleset, k: number): Ruleset {
  if (k === 1) return ruleset;
  const rename = (id: string, j: number) => (j === 0 ? id : `${id}--copy-${j}`);
  const copies = Array.from({ length: k }, (_, j) => j);
  return {
    ...ruleset,
    hash: `${ruleset.hash}×${k}`,
    items: copies.flatMap((j) =>
      ruleset.items.map((item) => ({
        ...item,
        id: rename(item.id, j),
        ...(item.exclusions ? { exclusions: item.exclusions.map((x) => ({ ...x, items: x.items.map((id) => rename(id, j)) })) } : {}),
      })),
    ),
    ...(ruleset.audiences ? { audiences: ruleset.audiences.map((a) => ({ ...a, items: copies.flatMap((j) => a.items.map((id) => rename(id, j))) })) } : {}),
  };
}
