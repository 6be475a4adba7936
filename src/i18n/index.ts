/** The message catalogs by locale; the UI picks one with the locale signal. */
import { en } from './en.ts';
import { zhCN, type Messages } from './zh-CN.ts';

export type { Messages } from './zh-CN.ts';

/** Both catalogs, keyed like the state layer's Locale. */
export const catalogs = { 'zh-CN': zhCN, en } satisfies Record<'zh-CN' | 'en', Messages>;
