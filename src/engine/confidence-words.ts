/** How sure a figure is, in words: one list for the engine's texts (a parameter's value in a breakdown) and the page's
 * catalogs (badges, About), so that a resident never reads the enum value ("secondary") and both say it alike. */
import type { ConfidenceT, TextT } from './types.ts';

export const CONFIDENCE_WORDS: Readonly<Record<ConfidenceT, TextT>> = {
  official: { zh: '官方现行文件', en: 'current official document' },
  'official-old': { zh: '较早的官方标准', en: 'older official standard' },
  secondary: { zh: '转载', en: 'reprint' },
  inferred: { zh: '推算', en: 'estimate' },
  unknown: { zh: '未公开', en: 'not published' },
};

/** The words in one language, as a catalog holds them. */
export function confidenceWords(lang: 'zh' | 'en'): Record<ConfidenceT, string> {
  const out = {} as Record<ConfidenceT, string>;
  for (const [c, words] of Object.entries(CONFIDENCE_WORDS) as [ConfidenceT, TextT][]) out[c] = words[lang] ?? words.zh;
  return out;
}
