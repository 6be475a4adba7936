/**
 * The first screen comes first (issue 14): on a device with nothing to resume, the header and "who is asking" are drawn
 * from the entry chunk alone and can be used while the calculator's code (the engine, the rules, the storage) is still
 * on its way. A choice made meanwhile is the interview's (its questions follow, and it is kept as a draft); a language
 * switch waits for it; a calculator that cannot be loaded is said, with a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { card, expectNoAxeViolations } from './support.ts';

/** The calculator's chunks (src/calculator.ts and what it alone imports): held back until `release()`. */
const CALCULATOR = /\/assets\/calculator-[^/]+\.js$/;

async function holdCalculator(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(CALCULATOR, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('"who is asking" is drawn and takes a choice before the calculator arrives; the choice is then the interview\'s, and kept', async ({ page }) => {
  const release = await holdCalculator(page);
  await page.goto('/');
  // The whole first screen, without the calculator: title, tools, date, and the audiences to choose from.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('杭州就业创业政策计算器');
  await expect(page.locator('#as-of')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByTestId('choose-first')).toBeVisible();
  await page.getByRole('button', { name: /大字模式/ }).click();
  await expect(page.locator('html')).toHaveClass(/large-type/);
  await page.locator('input[name="audience"][value="graduate"]').check();
  // Folded to the one choice, and saying the questions are coming: nothing else can be shown yet.
  await expect(page.getByTestId('who-change')).toBeVisible();
  await expect(page.getByTestId('preparing')).toBeVisible();
  await expect(card(page)).toHaveCount(0);
  await expectNoAxeViolations(page, 'the first screen, the calculator still on its way');

  release();
  // The graduate's first question, with the focus on it (the choice's focus move waited for the calculator).
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('[data-focus-target]')).toBeFocused();
  await expect(page.locator('.results')).toBeVisible();
  await expect(page.locator('input[name="audience"][value="graduate"]')).toBeChecked();

  // The choice made before the drafts' code was there is kept like any change: a reload resumes it.
  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.locator('input[name="audience"][value="graduate"]')).toBeChecked();
  await expect(card(page)).toBeVisible();
  await expect(page.getByTestId('preparing')).toHaveCount(0);
});

test('English pressed on the first screen switches once the calculator is in, rules texts included', async ({ page }) => {
  const release = await holdCalculator(page);
  await page.goto('/');
  const english = page.getByRole('button', { name: 'English' });
  await english.click();
  await expect(page.locator('.lang-switch')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('杭州就业创业政策计算器');
  release();
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // An audience's label is a rules text: English only once the calculator's English pack is in.
  await expect(page.locator('label.choice', { has: page.locator('input[value="graduate"]') })).toContainText(/graduate/i);
});

test('a page opened from the first screen shows once the calculator is in, with the focus on its heading', async ({ page }) => {
  const release = await holdCalculator(page);
  await page.goto('/');
  await page.getByRole('link', { name: '关于这些规则' }).click();
  await expect(page.getByTestId('preparing')).toBeVisible();
  release();
  await expect(page.locator('main.about [data-focus-target]')).toBeFocused();
});

test('a calculator that cannot be loaded is said, with a reload that brings it', async ({ page }) => {
  await page.route(CALCULATOR, (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('input[name="audience"][value="graduate"]')).toBeVisible();
  const prompt = page.getByTestId('stale-prompt');
  await expect(prompt).toContainText('请刷新页面');
  await page.locator('input[name="audience"][value="graduate"]').check();
  await expect(page.getByTestId('preparing')).toBeVisible();

  await page.unroute(CALCULATOR);
  await prompt.getByRole('button', { name: '刷新' }).click();
  await expect(prompt).toHaveCount(0);
  await page.locator('input[name="audience"][value="graduate"]').check();
  await expect(card(page)).toBeVisible();
});
