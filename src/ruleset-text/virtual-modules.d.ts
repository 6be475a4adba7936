/** The text packs of the compiled ruleset (src/build/vite-ruleset-plugin.ts): loaders, one chunk per pack. */
declare module 'virtual:ruleset-text' {
  import type { CommonPack, SourceDetails, ZhEntry } from './slots.ts';
  /** English of every text, in walk order (null: knowingly missing). */
  export const en: () => Promise<{ default: (string | null)[] }>;
  /** The common texts (documents, definitions, parameters, materials) and every source's title. */
  export const common: () => Promise<{ default: CommonPack }>;
  /** The supports without an amount and the programmes not covered. */
  export const support: () => Promise<{ default: ZhEntry[] }>;
  /** Each source's date, address and note, for About's list. */
  export const sources: () => Promise<{ default: SourceDetails }>;
  /** Each item's own Chinese (summary, notes, materials note, citations), in the order of the ruleset's items. */
  export const items: (() => Promise<{ default: ZhEntry[] }>)[];
  /** The questions' Chinese and the words of the items' cards in groups; per fact its group or -1 (in the ruleset already), per
   * item its group (ruleset order); per audience the groups it needs. */
  export const facts: { load: (() => Promise<{ default: ZhEntry[] }>)[]; of: number[]; items: number[]; audiences: Record<string, number[]> };
}
