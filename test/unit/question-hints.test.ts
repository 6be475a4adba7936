/**
 * Issue 13: every question carries a one-line hint saying where an ordinary person finds the answer (or what document
 * shows it), and every multiple choice lets the person say "none of these". A multi fact's "none" is ticking nothing,
 * which the line src/ui/interview/MultiField.tsx adds under every multi says (once: not again in the hint); a choice fact needs a none-like option unless its options are
 * exhaustive (ALLOWED_WITHOUT_NONE, each with its reason).
 */
import { describe, expect, it } from 'vitest';
import { loadPolicies, withoutCases } from '../../src/build/load-policies.ts';

const ruleset = withoutCases(loadPolicies('policies'));

/** The longest hint, in characters (a Chinese character counts as one). */
const MAX_ZH = 60;
/** Source ids (S8, X1, P20…) are for policy staff, never for residents. */
const CODE = /\b[SXP]\d+\b/;
/** Option values that mean "none of these" / "other". */
const NONE_LIKE = /^(none|other|neither)$|^no-|^not-/;

/** Choice facts without a none-like option, and why their options already cover everyone asked. */
const ALLOWED_WITHOUT_NONE: Record<string, string> = {
  sex: 'female / male: exhaustive, as on the ID card',
  'employee-sex': 'female / male: exhaustive, as on the ID card',
  district: 'the 13 districts and counties of Hangzhou: the calculator covers Hangzhou only; lookups by district need every option',
  'org-district': 'the 13 districts and counties of Hangzhou, as org-registered-in-hangzhou is asked apart; parameters by district need every option',
  'org-type': 'every legal form of an organisation (enterprise … government agency, with 社会团体等其他社会组织 as the catch-all); a new option would pass employer-hire-hard-to-employ (notIn) and get 400 yuan in internship-base-subsidies (else branch)',
  'employee-placement': 'the three ways of employment the sources distinguish; a new option would pass smb-hire-graduate-social-insurance (ne: dispatched-to-government)',
  'org-disability-employment-ratio': 'below / meets / above the required ratio: exhaustive',
  'apprentice-type': 'the sources know only employee and intern apprentices; the office decides which',
  'priority-startup-subsidy-year': 'year 1, 2, 3 or after year 3 (including never received: year 1): exhaustive',
};

const facts = ruleset.facts;

describe('question hints (issue 13)', () => {
  it('loads the questions', () => {
    expect(facts.length).toBeGreaterThan(100);
  });

  it.each(facts.map((f) => [f.id, f] as const))('%s has a short zh and en hint', (_id, f) => {
    const help = f.help as { zh?: string; en?: string | null } | undefined;
    expect(help?.zh, 'zh help').toBeTruthy();
    expect(help?.en, 'en help').toBeTruthy();
    const zh = help!.zh!;
    const en = help!.en!;
    expect([...zh].length, `zh help over ${MAX_ZH} characters: ${zh}`).toBeLessThanOrEqual(MAX_ZH);
    expect(zh).not.toMatch(/您/);
    expect(zh).not.toMatch(CODE);
    expect(en).not.toMatch(CODE);
    expect(zh, 'no file paths').not.toMatch(/\.(ya?ml|tsx?|md)\b|[A-Za-z0-9_-]+\/[A-Za-z]/);
  });

  it('a multiple choice says once that ticking nothing means none: in the line the page adds, not again in its hint', async () => {
    const { zhCN: zh } = await import('../../src/i18n/zh-CN.ts');
    const { en } = await import('../../src/i18n/en.ts');
    expect(zh.multiNoneHint).toContain('都不适用就什么也不勾选');
    expect(en.multiNoneHint).toContain('If none apply, leave all unticked');
    const repeated = facts.filter((f) => f.type === 'multi' && /都不适用|leave all unticked/i.test(`${f.help?.zh} ${f.help?.en}`));
    expect(repeated.map((f) => f.id)).toEqual([]);
  });

  it('every choice fact has a none-like option or a reason not to', () => {
    const bad = facts
      .filter((f) => f.type === 'choice')
      .filter((f) => !(f.options ?? []).some((o) => NONE_LIKE.test(o.value)))
      .filter((f) => !(f.id in ALLOWED_WITHOUT_NONE))
      .map((f) => f.id);
    expect(bad).toEqual([]);
  });

  it('the allow-list names only choice facts that exist and lack a none option', () => {
    for (const id of Object.keys(ALLOWED_WITHOUT_NONE)) {
      const f = facts.find((x) => x.id === id);
      expect(f?.type, id).toBe('choice');
      expect((f!.options ?? []).some((o) => NONE_LIKE.test(o.value)), id).toBe(false);
    }
  });
});
