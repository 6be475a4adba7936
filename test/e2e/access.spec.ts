/**
 * Elderly and keyboard use: large type one tap away (and remembered), a whole answer given with the keyboard alone
 * with a visible focus ring, and a near miss that says from when an item will be eligible.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { FRESH_GRADUATE } from './personas.ts';
import { card, chooseWho, expectNoAxeViolations, openApp, runInterview, setAsOf } from './support.ts';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const rootFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('large type is one tap away, enlarges the text, fits a 360 px phone and is remembered after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openApp(page);
  const normal = await rootFontPx(page);
  const toggle = page.getByRole('button', { name: /大字模式/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/large-type/);
  expect(await rootFontPx(page)).toBeGreaterThanOrEqual(normal * 1.25);

  await setAsOf(page, FRESH_GRADUATE.asOf);
  await chooseWho(page, FRESH_GRADUATE.audiences);
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, 'page is wider than the window').toBeLessThanOrEqual(width);
  await expectNoAxeViolations(page, 'a question in large type');
  await page.screenshot({ path: `${SHOTS}large-type-360-zh.png`, fullPage: false });

  await page.reload();
  await expect(page.locator('html')).toHaveClass(/large-type/);
  await expect(page.getByRole('button', { name: /大字模式/ })).toHaveAttribute('aria-pressed', 'true');
});

test('large type on a phone: a folded explanation shows each condition on up to two lines, the whole text one tap away', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openApp(page);
  await page.getByRole('button', { name: /大字模式/ }).click();
  await setAsOf(page, FRESH_GRADUATE.asOf);
  await chooseWho(page, FRESH_GRADUATE.audiences);
  await runInterview(page, FRESH_GRADUATE.answers);
  const explanation = page.locator('article.result details.explanation').first();
  await explanation.locator('summary').click();
  const texts = explanation.locator('.cond-text');
  await expect(texts.first()).toBeVisible();
  /** Lines each condition shows, and whether its text is cut. */
  const lines = () => texts.evaluateAll((els) => els.map((el) => ({
    shown: Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)),
    cut: el.scrollHeight > el.clientHeight + 1,
  })));
  const folded = await lines();
  // Some nine characters a line: one line would not tell the conditions apart.
  expect(Math.max(...folded.map((l) => l.shown))).toBe(2);
  expect(folded.every((l) => l.shown <= 2)).toBe(true);
  await explanation.getByRole('button', { name: '显示全文' }).click();
  expect((await lines()).some((l) => l.cut)).toBe(false);
});

test('keyboard only: choose who is asking, answer a choice and a number, say "don\'t know", with the focus always visible', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, FRESH_GRADUATE.asOf);
  await page.locator('body').focus();

  await tabTo(page, 'input[name="audience"][value="graduate"]');
  await page.keyboard.press('Space');
  await expect(page.locator('input[name="audience"][value="graduate"]')).toBeChecked();
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);

  // The first two questions, the graduation date and "a graduate?": the date "don't know", reached by Tab and
  // pressed with Enter; the yes/no picked with Space and submitted with Enter.
  for (let n = 0; n < 2; n++) {
    const fact = (await card(page).getAttribute('data-fact'))!;
    expect(['graduation-date', 'is-college-graduate']).toContain(fact);
    if (fact === 'graduation-date') {
      await tabTo(page, '[data-fact="graduation-date"] button[type=button]');
      await expect(page.locator(':focus')).toHaveText('不清楚');
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-answered="graduation-date"]')).toContainText('不清楚');
    } else {
      await tabTo(page, '[data-fact="is-college-graduate"] input[type=radio]');
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-answered="is-college-graduate"]')).toContainText('是');
    }
  }

  // Then on to the first number question, typed and submitted with Enter; others are "don't know".
  for (let n = 0; n < 10; n++) {
    const fact = (await card(page).getAttribute('data-fact'))!;
    if ((await card(page).getAttribute('data-type')) === 'number') {
      await tabTo(page, `[data-fact="${fact}"] input`);
      await page.keyboard.type('6000');
      await page.keyboard.press('Enter');
      await expect(page.locator(`[data-answered="${fact}"]`)).toContainText('6,000');
      break;
    }
    await tabTo(page, `[data-fact="${fact}"] button[type=button]`);
    await page.keyboard.press('Enter');
    await expect(page.locator(`[data-answered="${fact}"]`)).toContainText('不清楚');
  }
  await expectNoAxeViolations(page, 'after keyboard answers');
});

test('a near miss says from when the item becomes eligible, and asks what the item still hangs on', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, FRESH_GRADUATE.asOf);
  await chooseWho(page, FRESH_GRADUATE.audiences);
  // Ten months insured, not twelve: not eligible today, but in two months if nothing else changes.
  // The item's other questions are still asked after "10 months" rules it out today: the near miss depends on them,
  // and only with all of them answered does the line below say "eligible from" without an "if".
  await runInterview(page, { ...FRESH_GRADUATE.answers, 'months-insured-current-employer': 10 });
  const item = page.locator('[data-group="not-eligible"] [data-item="graduate-employment-subsidy"]');
  await expect(item.locator('.reasons')).toContainText('在同一单位连续缴纳社保满12个月');
  await expect(item.getByTestId('eligible-from')).toHaveText('如其他情况不变，预计 2025-08-30 起符合条件。');
  await expect(page.getByTestId('totals')).toHaveCount(0);
  await expectNoAxeViolations(page, 'a near miss');

  // Two months on, the count is 12: changing the answer makes it eligible, with its amount, and the total follows.
  await page.getByRole('button', { name: '修改：现单位为你连续缴纳社会保险费的月数' }).click();
  await card(page).locator('input').fill('12');
  await card(page).getByRole('button', { name: '下一题', exact: true }).click();
  const now = page.locator('[data-group="eligible"] [data-item="graduate-employment-subsidy"]');
  await expect(now.getByTestId('amount')).toHaveText('累计 2,000 元');
  await expect(page.getByTestId('totals').locator('li')).toHaveText(['累计 2,000 元（高校毕业生就业补贴）']);
});
