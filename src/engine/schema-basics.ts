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

/** A text in both languages; `en: null` says the English text is knowingly missing. */
export const Text = z.strictObject({ zh: z.string().min(1), en: z.string().min(1).nullable() });

/** Points at the text a rule rests on. */
export const Citation = z.strictObject({
  source: z.string().min(1),
  article: z.string().optional(),
  quote: z.string().optional(),
});
