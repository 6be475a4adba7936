/** Drives the page the way a person would: one question at a time, answered from a persona map. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FRESH_GRADUATE, HIRING_ENTERPRISE, type Answers, type Persona as Person } from './personas.ts';

/** Answers by fact id; a fact not in the map is answered "don't know". */
export type Persona = Answers;

/** The page's button and radio labels, per language. */
export const LABELS = {
  zh: { next: '下一题', dontKnow: '不清楚', back: '上一题', yes: '是', no: '否', person: '个人', organisation: '单位', edit: '修改' },
  en: { next: 'Next', dontKnow: 'Don’t know', back: 'Back', yes: 'Yes', no: 'No', person: 'A person', organisation: 'An organisation', edit: 'Change' },
} as const;
export type Lang = keyof typeof LABELS;

/** The answers of two of the personas (personas.ts), which most specs start from. */
export const GRADUATE: Persona = FRESH_GRADUATE.answers;
export const EMPLOYER: Persona = HIRING_ENTERPRISE.answers;

/** Opens the page, collecting any request that leaves the preview server (there must be none). */
export async function openApp(page: Page, lang: Lang = 'zh'): Promise<string[]> {
  const outside: string[] = [];
  const home = new URL(test.info().project.use.baseURL!).host;
  page.on('request', (r) => {
    if (new URL(r.url()).host !== home) outside.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  return outside;
}

/** The question to answer: the first (most decisive) card; a wide screen shows a few more after it. */
export function card(page: Page) {
  return page.locator('section.question').first();
}

/** Sets the evaluation date in the header. */
export async function setAsOf(page: Page, iso: string): Promise<void> {
  await page.locator('#as-of').fill(iso);
  await expect(page.locator('.results')).toContainText(iso);
}

/**
 * Ticks who is asking: audience ids of ruleset.yaml (graduate, founder, employer…). The first tick folds the list and
 * moves focus to the first question; a second one is added through "修改" and closed with "选好了", as a person would.
 */
export async function chooseWho(page: Page, audiences: string[]): Promise<void> {
  for (const [i, id] of audiences.entries()) {
    if (i > 0 && !(await page.locator(`input[name="audience"][value="${id}"]`).isVisible())) await page.getByTestId('who-change').click();
    await page.locator(`input[name="audience"][value="${id}"]`).check();
  }
  if (audiences.length > 1) await page.getByTestId('who-done').click();
  await expect(page.getByTestId('choose-first')).toHaveCount(0);
  await expect(page.getByTestId('who-change')).toBeVisible();
}

/** Fills the current question's input with a value, by the question's type. */
export async function fillCurrent(page: Page, value: Persona[string], lang: Lang = 'zh'): Promise<void> {
  const q = card(page);
  const type = await q.getAttribute('data-type');
  if (type === 'boolean') await q.getByRole('radio', { name: LABELS[lang][value ? 'yes' : 'no'], exact: true }).check();
  else if (type === 'choice') await q.locator(`input[type=radio][value="${value}"]`).check();
  else if (type === 'multi') for (const v of value as string[]) await q.locator(`input[type=checkbox][value="${v}"]`).check();
  else await q.locator('input').fill(String(value));
}

/** The fact id of the question on screen, or null once the "done" panel shows. */
export async function currentFact(page: Page): Promise<string | null> {
  await expect(page.locator('[data-fact], [data-testid="done"]').first()).toBeVisible();
  return card(page).count().then((n) => (n ? card(page).getAttribute('data-fact') : null));
}

/** Answers questions (from the persona, else "don't know") until `target` is the question on screen. */
export async function answerUntil(page: Page, persona: Persona, target: string, lang: Lang = 'zh'): Promise<void> {
  for (let fact = await currentFact(page), n = 0; fact !== target; fact = await currentFact(page), n++) {
    if (fact === null || n > 60) throw new Error(`never asked ${target}`);
    await answerOne(page, fact, persona, lang);
  }
}

/** Answers the next `count` questions (from the persona, else "don't know"). */
export async function answerSome(page: Page, persona: Persona, count: number, lang: Lang = 'zh'): Promise<void> {
  for (let i = 0; i < count; i++) {
    const fact = await currentFact(page);
    if (fact === null) return;
    await answerOne(page, fact, persona, lang);
  }
}

/** Answers the question on screen. */
export async function answerOne(page: Page, fact: string, persona: Persona, lang: Lang = 'zh'): Promise<void> {
  if (fact in persona) {
    await fillCurrent(page, persona[fact]!, lang);
    await card(page).getByRole('button', { name: LABELS[lang].next, exact: true }).click();
  } else {
    await card(page).getByRole('button', { name: LABELS[lang].dontKnow, exact: true }).click();
  }
  // An answered fact is never offered again, so its card must go.
  await expect(page.locator(`[data-fact="${fact}"]`)).toHaveCount(0);
}

/** Answers questions until none is left; returns the facts asked, in order. */
export async function runInterview(page: Page, persona: Persona, lang: Lang = 'zh', limit = 60): Promise<string[]> {
  const asked: string[] = [];
  for (let fact = await currentFact(page); fact !== null; fact = await currentFact(page)) {
    if (asked.length >= limit) throw new Error(`more than ${limit} questions: ${asked.join(', ')}`);
    asked.push(fact);
    await answerOne(page, fact, persona, lang);
  }
  return asked;
}

/** A persona's whole interview from a fresh page: its date, who it is, every answer. */
export async function interviewAs(page: Page, person: Person, lang: Lang = 'zh'): Promise<void> {
  await openApp(page, lang);
  await setAsOf(page, person.asOf);
  await chooseWho(page, person.audiences);
  await runInterview(page, person.answers, lang);
}

/** WCAG 2.2 A/AA checks by axe on the page as it stands (open <details> included); lists every violation. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const found = r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(found, `axe on ${where}`).toEqual([]);
}
