/**
 * Keys that Object.prototype answers for (`"constructor" in {}` is true) and the tools to test with them: answers
 * parsed from JSON text, as a draft or an answers file is, and a renaming of ids throughout a ruleset or a result.
 */
import fc from 'fast-check';

/** Names a plain object inherits, and "__proto__", which JSON.parse makes an own key. */
export const PROTOTYPE_NAMES = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'] as const;

/** An object made by JSON.parse from its entries, in order: every key an own key, "__proto__" included. */
export function parsedObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  return JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as Record<string, unknown>;
}

/** Any answer-like JSON value, valid for some fact or not. */
const extraValue = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 12 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }));

/** One or more prototype-named keys with values, and whether they come before the real answers. */
export const extrasArb = fc.record({
  extras: fc.subarray([...PROTOTYPE_NAMES], { minLength: 1 }).chain((names) => fc.tuple(...names.map((n) => extraValue.map((v) => [n, v] as const)))),
  first: fc.boolean(),
});

/** The answers with the extra keys added, parsed from JSON text. */
export function withExtras(answers: object, { extras, first }: { extras: readonly (readonly [string, unknown])[]; first: boolean }): Record<string, unknown> {
  const own = Object.entries(answers);
  return parsedObject(first ? [...extras, ...own] : [...own, ...extras]);
}

/** A deep copy in which every string value and object key found in `map` is replaced; objects are built from entries,
 * so a key renamed to "__proto__" stays an own key. */
export function renamed<T>(x: T, map: ReadonlyMap<string, string>): T {
  const r = (v: unknown): unknown => {
    if (typeof v === 'string') return map.get(v) ?? v;
    if (Array.isArray(v)) return v.map(r);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [map.get(k) ?? k, r(x)]));
    return v;
  };
  return r(x) as T;
}

/** The inverse of a one-to-one renaming. */
export const inverse = (map: ReadonlyMap<string, string>) => new Map([...map].map(([a, b]) => [b, a]));
