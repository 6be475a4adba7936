/** Small builders for bilingual texts the engine writes (explanations, breakdowns). */
import type { TextT } from './types.ts';

/** Builds a text from its two languages. */
export function t(zh: string, en: string | null): TextT {
  return { zh, en };
}

/** Formats a figure with thousands separators and at most two decimals, the same in both languages. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '∞';
  // toFixed switches to exponent form from 1e21; no real sum comes near, but a typed answer might.
  if (Math.abs(n) >= 1e15) return String(n);
  const rounded = Math.round(n * 100) / 100;
  const [whole, frac] = Math.abs(rounded).toFixed(2).split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const tail = frac === '00' ? '' : `.${frac.replace(/0$/, '')}`;
  return `${rounded < 0 ? '-' : ''}${grouped}${tail}`;
}

/** A sum of money in yuan. */
export function yuan(n: number): TextT {
  return t(`${num(n)} 元`, `CNY ${num(n)}`);
}

/** Joins texts language by language; an English part that is missing makes the English whole missing. */
export function join(parts: TextT[], zhSep: string, enSep: string): TextT {
  const en = parts.every((p) => p.en !== null) ? parts.map((p) => p.en).join(enSep) : null;
  return t(parts.map((p) => p.zh).join(zhSep), en);
}

/** Fills a template's `{}` slots, language by language, with texts. */
export function fill(template: TextT, ...slots: TextT[]): TextT {
  const put = (s: string, lang: 'zh' | 'en'): string | null => {
    let i = 0;
    let missing = false;
    const out = s.replace(/\{\}/g, () => {
      const v = slots[i++]?.[lang];
      if (v == null) missing = true;
      return v ?? '';
    });
    return missing ? null : out;
  };
  return t(put(template.zh, 'zh') ?? '', template.en === null ? null : put(template.en, 'en'));
}
