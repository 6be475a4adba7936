/** The message catalogs by locale; the UI picks one with the locale signal. Chinese is built in; English is a chunk of
 * its own, loaded when the user switches to it (issue 14: a Chinese session never downloads it). */
import { zhCN, type Messages } from './zh-CN.ts';
import type { AboutMessages } from './about.zh-CN.ts';
import type { ChecklistMessages } from './checklist.zh-CN.ts';
import type { CounterMessages } from './counter.zh-CN.ts';
import type { DraftsMessages } from './drafts.zh-CN.ts';
import type { ExplanationMessages } from './explanation.zh-CN.ts';

export type { Messages } from './zh-CN.ts';

/**
 * The words of a part of the page loaded by need (issue 14): their Chinese is a module of their own (*.zh-CN.ts),
 * imported only by that part's components, so it ships in their chunk; useMessages(part) adds it to the catalog.
 */
export type MessagePart = AboutMessages | ChecklistMessages | CounterMessages | DraftsMessages | ExplanationMessages;

/** Every word of the page, the core catalog's and every part's: what the English catalog (one chunk) holds. */
export type AllMessages = Messages & AboutMessages & ChecklistMessages & CounterMessages & DraftsMessages & ExplanationMessages;

type KeysOf<U> = U extends object ? keyof U : never;
/** The keys that more than one of the catalogs in T has. */
type SharedKeys<T extends object[]> = T extends [infer H, ...infer R extends object[]] ? (keyof H & KeysOf<R[number]>) | SharedKeys<R> : never;
/** No key in two of them: a part's key that the core (or another part) also had would hide the other's words. A
 * type error here names no key; SharedKeys<…> in an editor does. */
export type PartsAreDisjoint = Check<
  [SharedKeys<[Messages, AboutMessages, ChecklistMessages, CounterMessages, DraftsMessages, ExplanationMessages]>] extends [never] ? true : false
>;
type Check<T extends true> = T;

/** The catalogs loaded so far, keyed like the state layer's Locale. */
export const catalogs: { 'zh-CN': Messages; en?: AllMessages } = { 'zh-CN': zhCN };

/** Loads a locale's catalog (once); rejects when its file cannot be loaded (offline with an outdated cache). */
export async function loadCatalog(locale: 'zh-CN' | 'en'): Promise<void> {
  if (locale === 'en') catalogs.en ??= (await import('./en.ts')).en;
}
