/**
 * The Chinese view as drawn holds no source ids, code words or English (the allowed abbreviations aside): the results
 * with every explanation opened in full, the checklist, the drafts page and About with every entry and the source list
 * unfolded; and the English view holds no source ids or the rules' names for things. test/unit/resident-language.test.ts
 * checks the texts; this checks what the pages make of them.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { loadPolicies } from '../../src/build/load-policies.ts';
import { strayLatin } from '../support/resident-words.ts';
import { FOUNDER_EMPLOYER, PERSONAS } from './personas.ts';
import { interviewAs } from './support.ts';

const ruleset = loadPolicies(fileURLToPath(new URL('../../policies', import.meta.url)));
/** The rules' own names for things, which a page must never print: ids of items, questions, parameters and options
 * of three words or more (shorter ones, "none" or "disability-certificate", are English words too), and an enum value. */
const CODES = new Set([
  ...[...ruleset.items.map((i) => i.id), ...ruleset.facts.flatMap((f) => [f.id, ...(f.options ?? []).map((o) => o.value)]), ...Object.keys(ruleset.parameters)].filter(
    (id) => id.split('-').length >= 3,
  ),
  'official-old',
]);

/** What a resident reads (or hears) on the page: every text that is drawn, hidden words for screen readers included;
 * not the language switch (labelled in both languages), a decoration hidden from everyone, or a government page's
 * address (About's source list gives it to be typed in). */
function pageWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = (el: Element | null) => !!el?.closest('.lang-switch, [aria-hidden="true"], .url, script, style, noscript');
    const out: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!text || skip(el) || !el || (el.closest('details:not([open])') && !el.closest('summary'))) continue;
      if (getComputedStyle(el).display === 'none') continue;
      out.push(text);
    }
    return out;
  });
}

/** A source id (S8, P20, R1) or one of the rules' names for things. */
function hasCode(text: string): boolean {
  return /\b[SPXR]\d+[a-z]?\b/.test(text) || (text.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []).some((w) => CODES.has(w));
}

/** The words the Chinese view must not show. */
async function expectResidentWords(page: Page, where: string): Promise<void> {
  const words = await pageWords(page);
  expect(words.length, where).toBeGreaterThan(20);
  // The rules' checksum (12 hex digits) is shown with every result and in About on purpose: it names the rules a result
  // rests on.
  const bad = words.map((w) => w.replace(/\b[0-9a-f]{12}\b/, '')).filter((w) => strayLatin(w).length > 0 || hasCode(w));
  expect(bad, where).toEqual([]);
}

/** Runs a persona's interview and opens every explanation in full, and the supports' lists. */
async function resultsOpened(page: Page, persona: (typeof PERSONAS)[number]): Promise<void> {
  await interviewAs(page, persona);
  const explanations = page.locator('article.result details.explanation');
  const count = await explanations.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const details = explanations.nth(i);
    await details.locator('summary').click();
    await expect(details.locator('.conditions').first()).toBeVisible();
    const full = details.locator('.full-toggle');
    if (await full.isVisible()) await full.click();
  }
  await page.getByTestId('other-support').locator('summary').click();
  await expect(page.getByTestId('other-support').locator('[data-entry] h4').first()).toBeVisible();
}

test('the Chinese view shows no ids, code words or English on any page', async ({ page }) => {
  test.setTimeout(120_000);
  await resultsOpened(page, FOUNDER_EMPLOYER);
  await expectResidentWords(page, 'results');

  await page.locator('[data-testid="open-checklist"]').first().click();
  await expect(page.locator('main.checklist-page')).toBeVisible();
  await expectResidentWords(page, 'checklist');

  await page.locator('[data-testid="drafts-link"]').first().click();
  await expect(page.locator('main.drafts-page')).toBeVisible();
  await expectResidentWords(page, 'drafts');

  await page.locator('a[href="#about"]').first().click();
  await expect(page.locator('main.about')).toBeVisible();
  for (const entry of await page.locator('details.about-item').all()) await entry.locator('summary').click();
  await page.locator('details.about-sources summary').click();
  await expect(page.locator('[id^="source-"]').first()).toBeVisible();
  await expect(page.locator('details.about-item .cite').first()).toBeVisible();
  await expectResidentWords(page, 'about');
});

// The other personas' items, each explanation opened in full.
for (const persona of PERSONAS.filter((p) => p !== FOUNDER_EMPLOYER)) {
  test(`the Chinese view of ${persona.title}'s results shows no ids, code words or English`, async ({ page }) => {
    await resultsOpened(page, persona);
    await expectResidentWords(page, persona.id);
  });
}

/** Chinese words in the English view's main part that are not marked as Chinese (lang="zh-CN"): a screen reader would
 * read them in an English voice, and the browser draw them with an English page's glyphs. */
function unmarkedChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (el && /[\u4e00-\u9fff]/.test(n.textContent ?? '') && el.closest('[lang]')?.getAttribute('lang') !== 'zh-CN') out.push(n.textContent!.trim());
    }
    return out;
  });
}

test("the English view prints no source ids or the rules' names for things, and marks its Chinese words", async ({ page }) => {
  test.setTimeout(120_000);
  await interviewAs(page, FOUNDER_EMPLOYER, 'en');
  for (const details of await page.locator('article.result details.explanation').all()) {
    await details.locator('summary').click();
    await expect(details.locator('.conditions').first()).toBeVisible();
  }
  const results = (await pageWords(page)).filter(hasCode);
  const unmarked: Record<string, string[]> = { results: await unmarkedChinese(page) };
  // Each page as a resident reaches it: the checklist (with its printed sheet) from the results, the others from the header.
  for (const [name, link, ready] of [
    ['checklist', '[data-testid="open-checklist"]', 'main.checklist-page'],
    ['drafts', '[data-testid="drafts-link"]', 'main.drafts-page'],
    ['about', 'a[href="#about"]', 'main.about'],
  ] as const) {
    await page.locator(link).first().click();
    await expect(page.locator(ready)).toBeVisible();
    if (name === 'about') {
      for (const entry of await page.locator('details.about-item').all()) await entry.locator('summary').click();
      await page.locator('details.about-sources summary').click();
      await expect(page.locator('[id^="source-"]').first()).toBeVisible();
      await expect(page.locator('details.about-item .cite').first()).toBeVisible();
    }
    unmarked[name] = await unmarkedChinese(page);
  }
  const about = (await pageWords(page)).filter(hasCode);
  expect({ results, about }).toEqual({ results: [], about: [] });
  expect(unmarked).toEqual({ results: [], checklist: [], drafts: [], about: [] });
});
