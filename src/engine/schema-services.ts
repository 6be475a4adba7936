/**
 * Zod schema of policies/services.yaml: the supports the policy promises that carry no sum (public employment
 * services, 师友计划, …) and the related programmes this calculator does not cover. Data only: adding an entry needs
 * no code; `rules check` verifies the audiences and sources it names.
 */
import * as z from 'zod';
import { Citation, Text, id } from './schema-basics.ts';

/** A support without an amount: what it is, for whom (audience ids of ruleset.yaml), where to go, and its text. */
export const Service = z.strictObject({
  id,
  name: Text,
  what: Text,
  audiences: z.array(id).min(1, 'a service names the audiences it concerns'),
  where: Text,
  cite: Citation,
});

/** A related programme outside this calculator, with the office to ask and the research line that names it. */
export const NotCovered = z.strictObject({
  id,
  name: Text,
  what: Text,
  ask: Text,
  cite: Citation,
});

/** The whole services.yaml file. */
export const ServicesFile = z.strictObject({
  services: z.array(Service).min(1),
  notCovered: z.array(NotCovered).min(1),
});

export type ServiceT = z.infer<typeof Service>;
export type NotCoveredT = z.infer<typeof NotCovered>;
export type ServicesFileT = z.infer<typeof ServicesFile>;
