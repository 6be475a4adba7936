/** The message catalogs by locale; the UI picks one with the locale signal. Chinese is built in; English is a chunk of
 * its own, loaded when the user switches to it (issue 14: a Chinese session never downloads it). */
import { zhCN, type Messages } from './zh-CN.ts';

export type { Messages } from './zh-CN.ts';

/** The catalogs loaded so far, keyed like the state layer's Locale. */
export const catalogs: { 'zh-CN': Messages; en?: Messages } = { 'zh-CN': zhCN };

/** Loads a locale's catalog (once); rejects when its file cannot be loaded (offline with an outdated cache). */
export async function loadCatalog(locale: 'zh-CN' | 'en'): Promise<void> {
  if (locale === 'en') catalogs.en ??= (await import('./en.ts')).en;
}
