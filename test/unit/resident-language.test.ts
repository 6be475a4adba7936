/**
 * Everything a resident reads is in their words: no source ids (S8, X1, P20), no raw enum values ("inferred"), no file
 * paths or addresses, and — in the Chinese view — no English where Chinese is expected. Scans both message catalogs
 * (functions rendered with sample arguments), the ruleset's texts as the browser gets them (forResidents) and what the
 * engine writes into results (explanations, amount breakdowns) over many random interviews.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicies, withoutCases } from '../../src/build/load-policies.ts';
import { forResidents } from '../../src/build/resident-text.ts';
import { evaluate } from '../../src/engine/index.ts';
import { factDomains, mulberry32, randomAnswers, randomApplicants, randomAsOf } from '../support/random-answers.ts';
import { strayLatin } from '../support/resident-words.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { aboutZh } from '../../src/i18n/about.zh-CN.ts';
import { checklistZh } from '../../src/i18n/checklist.zh-CN.ts';
import { counterZh } from '../../src/i18n/counter.zh-CN.ts';
import { draftsZh } from '../../src/i18n/drafts.zh-CN.ts';
import { explanationZh } from '../../src/i18n/explanation.zh-CN.ts';

const ruleset = forResidents(withoutCases(loadPolicies('policies')));

/** What a resident must never see, in either language ("§": a section of the research, which only authors read). */
const FORBIDDEN: RegExp[] = [/\bS\d+[a-z]?\b/, /\bX\d\b/, /\bP\d+\b/, /\binferred\b/, /official-old/, /\.\.\//, /https?:/, /§/];

/** The ruleset's English notes may say "inferred" as a word of prose; ids, paths and addresses are still refused there. */
const FORBIDDEN_EN_PROSE = FORBIDDEN.filter((re) => !/inferred/.test(re.source));

/** Catalog entries that are not Chinese prose: the page's lang attribute, and the switch labelled in both languages. */
const NOT_PROSE = new Set(['zh.htmlLang', 'zh.languageLabel']);

/** Every string a catalog can produce: plain values, and functions called with sample numbers (or words). */
function catalogStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    const f = value as (...a: unknown[]) => unknown;
    for (const sample of [3, '样例']) {
      try {
        return catalogStrings(f(...Array(Math.max(f.length, 1)).fill(sample)), `${path}()`);
      } catch {
        // try the next kind of sample argument
      }
    }
    return [];
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => catalogStrings(v, `${path}.${k}`));
  return [];
}

/** Every text of the ruleset in one language (labels, help, summaries, notes, materials, options, services). */
function rulesetTexts(value: unknown, lang: 'zh' | 'en', path = ''): { path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => rulesetTexts(v, lang, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if (typeof o.zh === 'string' && Object.keys(o).every((k) => k === 'zh' || k === 'en')) {
    return typeof o[lang] === 'string' ? [{ path, text: o[lang] as string }] : [];
  }
  return Object.entries(o).flatMap(([k, v]) => rulesetTexts(v, lang, `${path}.${k}`));
}

const { sources, ...texts } = ruleset;
/** The Chinese catalog with the parts that ship with the pages loaded by need (src/i18n/index.ts: MessagePart). */
const zhAll = { ...zhCN, ...aboutZh, ...checklistZh, ...counterZh, ...draftsZh, ...explanationZh };
const zhTexts = [...catalogStrings(zhAll, 'zh'), ...rulesetTexts(texts, 'zh', 'ruleset')];
const enCatalog = catalogStrings(en, 'en');
const enRuleset = rulesetTexts(texts, 'en', 'ruleset');
const sourceNotes = Object.values(sources).flatMap((s) => (s.note ? [{ path: `source ${s.id}`, text: s.note }] : []));

/** Every { zh, en } text in an evaluation, its lazily written explanations and breakdowns included (JSON reads them). */
function resultTexts(value: unknown, out: { zh: string; en: string | null }[] = []): { zh: string; en: string | null }[] {
  if (Array.isArray(value)) for (const v of value) resultTexts(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.zh === 'string' && Object.keys(o).every((k) => k === 'zh' || k === 'en')) out.push({ zh: o.zh, en: typeof o.en === 'string' ? o.en : null });
    else for (const v of Object.values(o)) resultTexts(v, out);
  }
  return out;
}

/** The engine's texts over random interviews on random dates, each text once. */
function engineTexts(runs: number): { zh: string; en: string | null }[] {
  const domains = factDomains(ruleset);
  const rng = mulberry32(14);
  const seen = new Map<string, { zh: string; en: string | null }>();
  for (let i = 0; i < runs; i++) {
    const e = evaluate(ruleset, { answers: randomAnswers(domains, rng), asOf: randomAsOf(rng), applicants: randomApplicants(rng) });
    for (const t of resultTexts(JSON.parse(JSON.stringify(e)))) seen.set(`${t.zh}|${t.en}`, t);
  }
  return [...seen.values()];
}

describe('resident-facing texts', () => {
  it('finds the strings it scans', () => {
    expect(zhTexts.length).toBeGreaterThan(1000);
    expect(enCatalog.length + enRuleset.length).toBeGreaterThan(1000);
  });

  it('hold no source ids, enum values, paths or addresses', () => {
    const bad = [...zhTexts, ...enCatalog, ...sourceNotes].filter((t) => FORBIDDEN.some((re) => re.test(t.text)));
    const badEn = enRuleset.filter((t) => FORBIDDEN_EN_PROSE.some((re) => re.test(t.text)));
    expect([...bad, ...badEn].map((b) => `${b.path}: ${b.text}`)).toEqual([]);
  });

  it('use Chinese in the Chinese view (units and the allowed abbreviations aside)', () => {
    const bad = [...zhTexts, ...sourceNotes].filter((t) => !NOT_PROSE.has(t.path) && strayLatin(t.text).length > 0);
    expect(bad.map((b) => `${b.path}: ${strayLatin(b.text).join(',')} | ${b.text}`)).toEqual([]);
  });

  it("in results, say figures' sources and confidence in words, in both languages", () => {
    const texts = engineTexts(400);
    expect(texts.length).toBeGreaterThan(300);
    const bad = texts.flatMap((t) => [
      ...(FORBIDDEN.some((re) => re.test(t.zh)) || strayLatin(t.zh).length > 0 ? [`zh: ${t.zh}`] : []),
      ...(t.en !== null && FORBIDDEN_EN_PROSE.some((re) => re.test(t.en!)) ? [`en: ${t.en}`] : []),
      // An enum value where a word is due ("confidence secondary").
      ...(t.en !== null && /confidence (official|secondary|inferred|unknown)/.test(t.en) ? [`en: ${t.en}`] : []),
    ]);
    expect(bad).toEqual([]);
  });

  it('name a source by its title in 《》 once, never nested', () => {
    const bad = [...zhTexts, ...sourceNotes, ...enRuleset].filter((t) => /《[^》]*《/.test(t.text));
    expect(bad.map((b) => `${b.path}: ${b.text}`)).toEqual([]);
  });

  it('address the resident as 你, never 您', () => {
    expect(zhTexts.filter((t) => t.text.includes('您')).map((t) => t.path)).toEqual([]);
  });
});
