/** The smallest pieces the policy schemas are built of: ids, dates, bilingual texts, citations. */
import * as z from 'zod';
import { isRealDate } from './dates.ts';

/** A date written YYYY-MM-DD that exists in the calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'not a real calendar date');

/** An id: kebab-case ASCII, as the ids of ../shared/policy/items.md. */
export const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case ASCII (a-z, 0-9, -)');

/** How sure we are of a figure or rule (see policies/README.md). Here, not in schema.ts, so that the expression
 * schemas (a figure's period carries one) can use it without an import cycle. */
export const Confidence = z.enum(['official', 'official-old', 'secondary', 'inferred', 'unknown']);

/** A span of days, months or years (exactly one). */
export const Span = z
  .strictObject({ days: z.int().positive().optional(), months: z.int().positive().optional(), years: z.int().positive().optional() })
  .refine((s) => Object.keys(s).length === 1, 'a span has exactly one of days, months, years');

/** A text in both languages; `en: null` says the English text is knowingly missing. */
export const Text = z.strictObject({ zh: z.string().min(1), en: z.string().min(1).nullable() });

/** Points at the text a rule rests on. */
export const Citation = z.strictObject({
  source: z.string().min(1),
  article: z.string().optional(),
  quote: z.string().optional(),
  /** The quote gives the sense of the source in other words (a summary), not its exact wording: shown as "大意：…". */
  paraphrase: z.literal(true).optional(),
}).refine((c) => !c.paraphrase || c.quote !== undefined, { message: 'paraphrase marks a quote: add the quote', path: ['paraphrase'] });
