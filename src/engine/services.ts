/** Which supports without an amount concern the chosen audiences: data in, a list out, nothing evaluated. */
import type { ServiceT } from './schema-services.ts';
import type { Ruleset } from './types.ts';

/** The services of the ruleset that name at least one of the chosen audiences (all of them when none is chosen). */
export function servicesFor(ruleset: Ruleset, audiences: readonly string[]): ServiceT[] {
  if (audiences.length === 0) return ruleset.services;
  const chosen = new Set(audiences);
  return ruleset.services.filter((s) => s.audiences.some((a) => chosen.has(a)));
}
